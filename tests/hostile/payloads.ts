/**
 * The attack corpus: markup a hostile page puts in its article, as data. Each payload, if it ever
 * ran with our privileges, would record a breach in two ways a test can see:
 *   {{JS}}     code that sets `window.__pwned` to the payload's id and requests {{HIT}};
 *   {{HIT}}    the address of a local listener, `<hitBase>/hit/<id>`, for payloads that leak by loading it;
 *   {{JS_B64}} base64 of `<script>{{JS}}</script>`, for data: documents.
 * {{JS}} has no spaces and no quotes, so it fits unquoted attributes and URLs alike.
 */

export type PayloadGroup =
  | 'attribute' // event handlers and their spellings
  | 'url' // script and leaks through addresses
  | 'embedding' // elements that load or run other documents
  | 'svg'
  | 'mathml'
  | 'mutation' // markup that changes meaning when parsed again (mXSS)
  | 'broken-markup'
  | 'clobbering'; // ids and names that shadow globals the popup or content script uses

export interface AttackPayload {
  /** Unique, short, used in test titles. */
  name: string;
  group: PayloadGroup;
  html: string;
}

export const ATTACK_PAYLOADS: readonly AttackPayload[] = [
  // Script through elements and event-handler attributes.
  { name: 'script-element', group: 'attribute', html: '<script>{{JS}}</script>' },
  { name: 'script-src-data', group: 'attribute', html: '<script src="data:text/javascript,{{JS}}"></script>' },
  { name: 'img-onerror', group: 'attribute', html: '<img src="x" onerror="{{JS}}">' },
  { name: 'img-onerror-unquoted', group: 'attribute', html: '<img src=x onerror={{JS}}>' },
  { name: 'img-onerror-mixed-case', group: 'attribute', html: '<IMG SRC=x OnErRoR="{{JS}}">' },
  { name: 'img-slash-separators', group: 'attribute', html: '<img/src="x"/onerror="{{JS}}">' },
  { name: 'img-newline-separators', group: 'attribute', html: '<img\nsrc=x\tonerror\n=\n"{{JS}}">' },
  { name: 'img-onload-data-image', group: 'attribute', html: '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="{{JS}}">' },
  { name: 'paragraph-handlers', group: 'attribute', html: '<p onclick="{{JS}}" onmouseover="{{JS}}" onfocus="{{JS}}" tabindex="0">Move over this line.</p>' },
  { name: 'details-ontoggle', group: 'attribute', html: '<details open ontoggle="{{JS}}"><summary>More</summary>Hidden text.</details>' },
  { name: 'input-autofocus', group: 'attribute', html: '<input autofocus onfocus="{{JS}}">' },
  { name: 'video-source-onerror', group: 'attribute', html: '<video><source src="x" onerror="{{JS}}"></video>' },
  { name: 'audio-onerror', group: 'attribute', html: '<audio src="x" onerror="{{JS}}"></audio>' },
  { name: 'animation-start', group: 'attribute', html: '<style>@keyframes k{from{color:red}to{color:blue}}</style><b style="animation:k 1s" onanimationstart="{{JS}}">styled</b>' },
  { name: 'marquee-onstart', group: 'attribute', html: '<marquee onstart="{{JS}}">Breaking news</marquee>' },
  { name: 'body-onload', group: 'attribute', html: '<body onload="{{JS}}" onpageshow="{{JS}}">' },
  { name: 'button-formaction', group: 'attribute', html: '<form><button formaction="javascript:{{JS}}">Go</button></form>' },

  // Addresses.
  { name: 'a-javascript', group: 'url', html: '<a href="javascript:{{JS}}">Read more</a>' },
  { name: 'a-javascript-encoded', group: 'url', html: '<a href="&#106;av&#x09;ascr&#x0A;ipt&colon;{{JS}}">Read more</a>' },
  { name: 'a-javascript-spaced-case', group: 'url', html: '<a href=" &#14; JaVaScRiPt:{{JS}}">Read more</a>' },
  { name: 'a-vbscript', group: 'url', html: '<a href="vbscript:msgbox(1)">Read more</a>' },
  { name: 'a-data-html', group: 'url', html: '<a href="data:text/html;base64,{{JS_B64}}">Read more</a>' },
  { name: 'img-data-non-image', group: 'url', html: '<img src="data:text/html;base64,{{JS_B64}}" alt="x">' },
  { name: 'a-ping', group: 'url', html: '<a href="https://example.org/" ping="{{HIT}}">Example</a>' },
  { name: 'style-attribute-url', group: 'url', html: '<span style="background-image:url({{HIT}})">Styled words</span>' },
  { name: 'style-import', group: 'url', html: '<style>@import url({{HIT}});p{background:url({{HIT}})}</style>' },
  { name: 'table-background', group: 'url', html: '<table background="{{HIT}}"><tr><td>Cell</td></tr></table>' },
  { name: 'video-poster', group: 'url', html: '<video poster="{{HIT}}"></video>' },
  { name: 'link-stylesheet', group: 'url', html: '<link rel="stylesheet" href="{{HIT}}">' },
  { name: 'base-href', group: 'url', html: '<base href="javascript:{{JS}}//"><base href="{{HIT}}/">' },
  { name: 'meta-refresh', group: 'url', html: '<meta http-equiv="refresh" content="0;url={{HIT}}">' },
  { name: 'form-action', group: 'url', html: '<form action="{{HIT}}" method="post"><input type="submit" value="Subscribe"></form>' },

  // Elements that load or run other documents.
  { name: 'iframe-src', group: 'embedding', html: '<iframe src="{{HIT}}"></iframe>' },
  { name: 'iframe-javascript', group: 'embedding', html: '<iframe src="javascript:{{JS}}"></iframe>' },
  { name: 'iframe-srcdoc', group: 'embedding', html: '<iframe srcdoc="&lt;script&gt;{{JS}}&lt;/script&gt;"></iframe>' },
  { name: 'object-data', group: 'embedding', html: '<object data="{{HIT}}" type="text/html"></object>' },
  { name: 'embed-src', group: 'embedding', html: '<embed src="{{HIT}}" type="text/html">' },
  { name: 'area-javascript', group: 'url', html: '<map name="m"><area shape="rect" coords="0,0,50,50" href="javascript:{{JS}}"></map><img usemap="#m" src="x" alt="map">' },
  { name: 'portal-src', group: 'embedding', html: '<portal src="{{HIT}}"></portal>' },

  // SVG.
  { name: 'svg-onload', group: 'svg', html: '<svg onload="{{JS}}"><circle r="5"/></svg>' },
  { name: 'svg-script', group: 'svg', html: '<svg><script>{{JS}}</script></svg>' },
  { name: 'svg-xlink-href', group: 'svg', html: '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:{{JS}}"><text x="0" y="20">tap</text></a></svg>' },
  { name: 'svg-animate-href', group: 'svg', html: '<svg><a><animate attributeName="href" values="javascript:{{JS}}"/><text x="0" y="20">tap</text></a></svg>' },
  { name: 'svg-set-onbegin', group: 'svg', html: '<svg><set attributeName="x" to="1" onbegin="{{JS}}"/></svg>' },
  { name: 'svg-foreignobject', group: 'svg', html: '<svg><foreignObject><img src="x" onerror="{{JS}}"></foreignObject></svg>' },
  { name: 'svg-use-data', group: 'svg', html: '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0neCcgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"/></svg>' },
  { name: 'svg-image-href', group: 'svg', html: '<svg><image href="{{HIT}}" onerror="{{JS}}"/></svg>' },

  // MathML.
  { name: 'math-href', group: 'mathml', html: '<math href="javascript:{{JS}}"><mi>x</mi></math>' },
  { name: 'math-mtext-link', group: 'mathml', html: '<math><mtext><a href="javascript:{{JS}}">x</a></mtext></math>' },
  { name: 'math-mglyph-style', group: 'mathml', html: '<math><mtext><table><mglyph><style><img src="x" onerror="{{JS}}"></style></mglyph></table></mtext></math>' },
  { name: 'math-textarea-escape', group: 'mathml', html: `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror='{{JS}}' src=1>"></path></textarea></mtext></svg></mglyph></mi></math>` },

  // Markup that changes meaning when it is parsed again.
  { name: 'noscript-title', group: 'mutation', html: '<noscript><p title="</noscript><img src=x onerror={{JS}}>"></p></noscript>' },
  { name: 'noembed-title', group: 'mutation', html: '<noembed><img title="</noembed><img src=x onerror={{JS}}>"></noembed>' },
  { name: 'svg-p-style', group: 'mutation', html: '<svg></p><style><a id="</style><img src=1 onerror={{JS}}>">' },
  { name: 'form-math-nesting', group: 'mutation', html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror={{JS}}>' },
  { name: 'comment-breakout', group: 'mutation', html: '<!--<img src="--><img src=x onerror={{JS}}//">' },
  { name: 'svg-cdata', group: 'mutation', html: '<svg><![CDATA[><img src=x onerror={{JS}}>]]></svg>' },
  { name: 'template-content', group: 'mutation', html: '<template><img src=x onerror={{JS}}></template>' },
  { name: 'textarea-content', group: 'mutation', html: '<textarea><img src=x onerror={{JS}}></textarea>' },
  { name: 'xmp-content', group: 'mutation', html: '<xmp><img src=x onerror={{JS}}></xmp>' },
  { name: 'selectedcontent', group: 'mutation', html: '<select><button><selectedcontent></selectedcontent></button><option><img src=x onerror={{JS}}></option></select>' },

  // Broken markup.
  { name: 'script-slash-attribute', group: 'broken-markup', html: '<script/src="data:text/javascript,{{JS}}"></script>' },
  { name: 'double-open', group: 'broken-markup', html: '<<script>{{JS}}//<</script>' },
  { name: 'gt-in-attribute', group: 'broken-markup', html: '<p title="</p><p>">Text<img src=x onerror={{JS}}></p>' },
  { name: 'unclosed-style', group: 'broken-markup', html: '<style>p{color:red}<img src=x onerror={{JS}}>' },
  { name: 'null-in-attribute-name', group: 'broken-markup', html: '<img src=x on\u0000error={{JS}}>' },
  { name: 'early-end-tags', group: 'broken-markup', html: '</p></article></body></html><script>{{JS}}</script><p>' },
  { name: 'unbalanced-inline', group: 'broken-markup', html: '<div><b><i>Unbalanced <u>emphasis</div></b> <img src=x onerror={{JS}}' },

  // Clobbering: ids and names that would shadow globals on our pages, or methods in the content script.
  { name: 'clobber-flag', group: 'clobbering', html: '<b id="__pwned">a</b><img name="__pwned" src="x">' },
  { name: 'clobber-extension-globals', group: 'clobbering', html: '<a id="browser"></a><a id="browser" name="runtime" href="x"></a><img name="chrome" src="x"><form id="chrome"></form>' },
  { name: 'clobber-document-location', group: 'clobbering', html: '<img name="document" src="x"><a id="location" href="javascript:{{JS}}">x</a><form name="location"></form>' },
  { name: 'clobber-document-methods', group: 'clobbering', html: '<img name="getElementById" src="x"><form name="querySelector"></form><img name="createElement" src="x"><embed name="cloneNode">' },
  { name: 'clobber-document-properties', group: 'clobbering', html: '<img name="body" src="x"><img name="documentElement" src="x"><img name="URL" src="x"><img name="defaultView" src="x"><img name="title" src="x"><img name="contentType" src="x">' },
  { name: 'clobber-form-attributes', group: 'clobbering', html: '<form><input name="attributes"><input name="getAttribute"><input name="tagName"><input name="nodeName"><input name="parentNode">Form words</form>' },
  // Readability steps from a form to its next sibling; a control named so leads it back inside, for ever.
  { name: 'clobber-form-walk', group: 'clobbering', html: '<form><input name="nextElementSibling"><input name="firstElementChild"><input name="nextSibling">Form words</form>' },
];

/** Where a rendered payload reports a breach. */
export interface PayloadTarget {
  /** Index of the payload, recorded in `window.__pwned` and the listener path. */
  id: number;
  /** The listener's origin, e.g. `http://127.0.0.1:4321`. */
  hitBase: string;
}

export function hitUrl(target: PayloadTarget): string {
  return `${target.hitBase}/hit/${target.id}`;
}

/** Code that records a breach; no spaces or quotes, so it fits anywhere a payload puts it. */
export function breachCode(target: PayloadTarget): string {
  const codes = Array.from(hitUrl(target), (c) => c.charCodeAt(0)).join(',');
  return `window.__pwned=${target.id};fetch(String.fromCharCode(${codes}))`;
}

export function renderPayload(payload: AttackPayload, target: PayloadTarget): string {
  const js = breachCode(target);
  return payload.html
    .replaceAll('{{JS_B64}}', Buffer.from(`<script>${js}</script>`).toString('base64'))
    .replaceAll('{{JS}}', js)
    .replaceAll('{{HIT}}', hitUrl(target));
}
