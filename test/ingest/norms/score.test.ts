// The scorer (ingest/norms/score.ts) on small made-up provisions: units, one-to-one matching by quote
// and modality, optional norms, bearer terms and classes, authorities.
import { describe, expect, it } from 'vitest';
import { bearerAccuracy, emptyScores, normaliseTerm, precision, recall, scoreItem, type GoldItem, type Predicted, type Terms } from '../../../ingest/norms/score.ts';
import { goldUnits } from '../../../ingest/norms/units.ts';

const terms: Terms = { classOf: (t) => (t.includes('运营者') ? 'actor:operator' : t.includes('组织') ? 'actor:any' : undefined), ancestors: (id) => (id === 'actor:operator' ? ['actor:operator', 'actor:any'] : [id]) };
const text = '网络运营者应当保护数据；不得泄露。有关部门可以检查，网络运营者应当配合。';
const item = (norms: GoldItem['norms']): GoldItem => ({ document: 'd', locator: 'art_1', norms });
const p = (quote: string, modality: Predicted['modality'], bearer?: string, authorities: Predicted['authorities'] = []): Predicted => ({ quote, modality, bearers: bearer ? [{ term: bearer }] : [], authorities });

describe('gold units', () => {
  it('end after 。；, number from 1, and skip bare labels', () => {
    expect(goldUnits(text, 'zh').map((u) => u.text)).toEqual(['网络运营者应当保护数据；', '不得泄露。', '有关部门可以检查，网络运营者应当配合。']);
    expect(goldUnits('1.\nThe controller shall act. (a)\nIt may wait.', 'en').map((u) => u.n)).toEqual([1, 2]);
  });
});

describe('scoreItem', () => {
  it('matches by unit inside the quote and modality, one to one; an extra norm costs precision', () => {
    const s = emptyScores();
    scoreItem(s, item([{ unit: 1, modality: 'DUTY', bearer: '网络运营者' }, { unit: 2, modality: 'PROHIBITION', bearer: '网络运营者', carried: true }]), text, 'zh', [
      p('网络运营者应当保护数据；', 'DUTY', '网络运营者'),
      p('不得泄露。', 'PERMISSION', '网络运营者'),
      p('不得泄露。', 'PROHIBITION', '网络运营者'),
    ], terms);
    expect([s.modality.matched, s.modality.predicted, s.modality.gold]).toEqual([2, 3, 2]);
    expect(precision(s.modality)).toBeCloseTo(2 / 3);
    expect(recall(s.modality)).toBe(1);
  });

  it('optional norms neither reward nor penalise, and either-modalities match', () => {
    const s = emptyScores();
    scoreItem(s, item([{ unit: 3, modality: 'POWER', either: ['POWER', 'PERMISSION'], bearer: '有关部门' }, { unit: 3, modality: 'DUTY', optional: true, bearer: '网络运营者' }]), text, 'zh', [
      p('有关部门可以检查，网络运营者应当配合。', 'PERMISSION', '有关部门'),
      p('有关部门可以检查，网络运营者应当配合。', 'DUTY', '网络运营者'),
    ], terms);
    expect([s.modality.matched, s.modality.predicted, s.modality.gold]).toEqual([1, 1, 1]);
    expect(s.power).toMatchObject({ matched: 1, gold: 1 });
  });

  it('scores bearers by printed term or class: a more generic class is partly right, none is missing', () => {
    const s = emptyScores();
    scoreItem(s, item([{ unit: 1, modality: 'DUTY', bearer: '网络运营者' }, { unit: 2, modality: 'PROHIBITION', bearer: '网络运营者' }, { unit: 3, modality: 'DUTY', bearer: '网络运营者' }]), text, 'zh', [
      p('网络运营者应当保护数据；', 'DUTY', '该网络运营者'),
      p('不得泄露。', 'PROHIBITION', '有关组织'),
      p('有关部门可以检查，网络运营者应当配合。', 'DUTY'),
    ], terms);
    expect(s.bearer).toEqual({ correct: 1, partly: 1, wrong: 0, missing: 1 });
    expect(bearerAccuracy(s.bearer)).toBeCloseTo(0.5);
    expect(normaliseTerm('The Controller')).toBe('controller');
  });

  it('scores EMPOWERS and OWED_TO authorities on matched norms', () => {
    const s = emptyScores();
    scoreItem(s, item([{ unit: 3, modality: 'DUTY', bearer: '网络运营者', authority: [{ term: '有关部门', role: 'OWED_TO' }] }]), text, 'zh', [
      p('有关部门可以检查，网络运营者应当配合。', 'DUTY', '网络运营者', [{ term: '有关部门', role: 'OWED_TO' }, { term: '公安机关', role: 'OWED_TO' }]),
    ], terms);
    expect(s.authority).toEqual({ matched: 1, predicted: 2, gold: 1 });
  });
});
