/** Set by build/extension.mjs: true only in the test variant (dist/firefox-test). */
declare const TEST_BUILD: boolean;
