import { describe, expect, it } from 'vitest';
import { playerLeftovers } from '../../../src/core/filters/player-leftovers';
import { extract, prose, removedBy, removedTexts, runFilter } from './helpers';

describe('player-leftovers', () => {
  it('removes the seed page\'s podcast players and their heading', () => {
    const run = runFilter(playerLeftovers, `${prose(2)}<section><h3>Podcasts</h3><div><span>0:00</span> <span>24:43</span></div><div><span>0:00</span> <span>14:22</span></div></section>`);
    expect(removedTexts(run)).toEqual(['Podcasts', '0:00 24:43', '0:00 14:22']);
    expect(run.text.split('\n\n')).toHaveLength(2);
  });

  it.each([
    ['a clock alone', '0:00'],
    ['a play button with its clock', 'Play 0:00 / 28:14'],
    ['a read-aloud widget', 'Listen to this article'],
    ['an audio fallback', 'Your browser does not support the audio element.'],
    ['a playback-speed list', '0.5x 1x 1.5x 2x'],
    ['a speed menu with its label', 'Playback speed 0.75x 1x 1.25x'],
    ['a play button with the length', 'Play 3 min'],
    ['a video player\'s dialog text', 'This is a modal window.'],
    ['a loading status', 'Loaded: 0%'],
  ])('removes %s', (_, junk) => {
    expect(removedTexts(runFilter(playerLeftovers, `${prose(2)}<div>${junk}</div>`))).toEqual([junk]);
  });

  it('removes a control label beside the player\'s clock', () => {
    expect(removedTexts(runFilter(playerLeftovers, `${prose(2)}<div>Play</div><div>0:00</div>`))).toEqual(['Play', '0:00']);
  });

  it.each([
    ['a sentence with a time', '<p>The meeting starts at 10:30 and is expected to last until 12:45, the chair said.</p>'],
    ['an article about a podcast', '<h2>Podcasts</h2><p>The show, which runs for 24:43 in its latest episode, has been downloaded two million times since it started in March.</p>'],
    ['a timetable', '<table><tr><th>Departs</th><th>Arrives</th></tr><tr><td>10:30</td><td>12:45</td></tr></table>'],
    ['a lone "Play" in the text', '<p>Play</p><p>The theatre staged the play for the first time in 40 years.</p>'],
    ['a score line', '<p>Final score: 2:1</p>'],
    ['a share of a vote', '<p>85%</p>'],
  ])('keeps %s', (_, markup) => {
    expect(runFilter(playerLeftovers, `${prose(2)}${markup}`).removed).toEqual([]);
  });

  it('judges lines as text for the benchmark', () => {
    expect(playerLeftovers.junkLine!('24:43')).toBe(true);
    expect(playerLeftovers.junkLine!('Podcasts')).toBe(true);
    expect(playerLeftovers.junkLine!('The show starts at 10:30.')).toBe(false);
  });

  it('takes player residue out of a whole page', () => {
    const result = extract(`${prose(3)}<p>Listen to this article</p><p>0:00</p><p>24:43</p>${prose(3)}`);
    expect(removedBy(result, 'player-leftovers')).toEqual(['Listen to this article', '0:00', '24:43']);
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});
