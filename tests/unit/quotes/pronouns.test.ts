import { describe, expect, it } from 'vitest';
import { spoken } from './spoken';

describe('a pronoun with no named person to stand for', () => {
  it('stands for a role that opens a sentence before ("The transport minister said … “…,” she told the crowd")', () => {
    const text = 'The transport minister said the delays were caused by steel shortages.\n\n“Nobody is happy about the cost,” she told the crowd.';
    expect(spoken(text)).toEqual([['Nobody is happy about the cost,', 'the transport minister', 'she']]);
    const chancellor = 'The chancellor has begun his statement. He opens by saying that the economy is “turning a corner”.';
    expect(spoken(chancellor)).toEqual([['turning a corner', 'the chancellor', 'He']]);
  });

  it('"it" stands for a body and "they" for a role in the plural', () => {
    const committee = 'The rate-setting committee voted to hold rates. In a statement, it said it wanted “greater confidence” first.';
    expect(spoken(committee)).toEqual([['greater confidence', 'the rate-setting committee', 'it']]);
    const hosts = 'The hosts would not say whether they had found the money, only that listeners “will not be disappointed.”';
    expect(spoken(hosts)).toEqual([['will not be disappointed.', 'the hosts', 'they']]);
  });

  it('does not stand for a description that is no role ("The bridge opened … she said")', () => {
    expect(spoken('The bridge opened on Monday. “It will last a hundred years,” she said.')).toEqual([['It will last a hundred years,', null, null]]);
  });
});

describe('a pronoun that points back to a named person', () => {
  it('reaches further over sentences that go on about the same "he" ("His teachers … He has promised …")', () => {
    const text = [
      'Jamie Okafor says he does not want a business. He earns a little from advertising. When a company called, he asked his viewers.',
      'His teachers are less sure about the hours he spends on the road. He has promised to finish his exams first. For now, the sign-off stays.',
      '“People laugh at the subscribe bit,” he said.',
    ].join('\n\n');
    expect(spoken(text)).toEqual([['People laugh at the subscribe bit,', 'Jamie Okafor', 'he']]);
  });

  it('reaches further only when no one fits nearby (the editor named as an apposition, not the paper before)', () => {
    const text = [
      'The Brookfield Gazette will stop comments from Monday, its editor said. Older comments will stay online.',
      'The editor, Patricia Holm, said the decision had been difficult. She said readers should talk back. She still believed in it. She spoke at length. “We just can\'t moderate thousands of comments,” she said.',
    ].join('\n\n');
    expect(spoken(text)).toEqual([['We just can\'t moderate thousands of comments,', 'Patricia Holm', 'she']]);
  });

  it('does not reach over as many sentences that do not', () => {
    const text = [
      'Jamie Okafor says the channel is not a business. Advertising pays a little. A company called last month.',
      'Teachers are less sure about the hours on the road. Exams come first. For now, the sign-off stays.',
      '“People laugh at the subscribe bit,” he said.',
    ].join('\n\n');
    expect(spoken(text)).toEqual([['People laugh at the subscribe bit,', null, null]]);
  });
});
