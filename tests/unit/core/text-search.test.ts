import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesAllWords } from '../../../src/core/text-search';

describe('foldForSearch', () => {
  it.each([
    ['İsmayılov', 'ismayilov'],
    ['Şahin', 'sahin'],
    ['Öztürk', 'ozturk'],
    ['ÇAĞLAR', 'caglar'],
    ['Йылмаз', 'иылмаз'],
    ['Ёлкин', 'елкин'],
  ])('%s -> %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe('matchesAllWords', () => {
  const card = 'Mehmet Ali Yılmaz\nŞahin Emre\nİsmayılov Rəşad\nМехмет Али Йылмаз\nAnkara Üniversitesi';

  it.each(['ismayilov', 'ISMAYILOV', 'sahin', 'yilmaz', 'йылмаз', 'Йылмаз', 'universitesi ankara', 'rəşad'])(
    'finds %j',
    (query) => {
      expect(matchesAllWords(card, query)).toBe(true);
    },
  );

  it('needs every word of the query', () => {
    expect(matchesAllWords(card, 'sahin berlin')).toBe(false);
  });

  it('matches everything with a blank query', () => {
    expect(matchesAllWords(card, '   ')).toBe(true);
  });
});
