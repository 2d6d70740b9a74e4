import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { duplicateTargets, hasMappingErrors, initialMapping, placeSaveErrors, previewHeaders, sampleValues, targetGroup, unmappedRequired } from './mapping';
import { progressPercent, isImportEditable } from './import-status';
import { validateWizardSearch } from './wizard-search';

const problem = (errors: { path: string; message: string }[]) =>
  new ApiError(400, { type: 't', title: 'Bad Request', status: 400, code: 'validation_failed', detail: 'd', errors }, 'd');

describe('initialMapping', () => {
  it('prefers the saved choice, then the suggestion, then null, for every header', () => {
    expect(initialMapping(['Email', '姓名', 'Notes'], { Email: null }, { Email: 'email', 姓名: 'fullName' })).toEqual({
      Email: null,
      姓名: 'fullName',
      Notes: null,
    });
  });
});

describe('sampleValues', () => {
  it('takes the first distinct non-empty values', () => {
    const rows: Record<string, string>[] = [{ a: ' x ' }, { a: '' }, { a: 'x' }, { a: 'y' }, { b: 'z' }, { a: 'w' }, { a: 'v' }];
    expect(sampleValues(rows, 'a')).toEqual(['x', 'y', 'w']);
  });
});

describe('previewHeaders', () => {
  it('reads the columns from the preview rows, in order, else keeps the stored ones', () => {
    expect(previewHeaders({ rows: [{ 姓名: 'a', 公司: 'b' }, { 姓名: 'c', 備註: 'd' }] }, ['x'])).toEqual(['姓名', '公司', '備註']);
    expect(previewHeaders({ rows: [] }, ['x', 'y'])).toEqual(['x', 'y']);
    expect(previewHeaders({ rows: [{ y: '1' }] }, ['x', 'y', 'z'])).toEqual(['x', 'y', 'z']);
  });
});

describe('duplicateTargets', () => {
  it('flags a target used twice, except the ones that add up several columns', () => {
    expect([...duplicateTargets({ a: 'email', b: 'email', c: 'tags', d: 'tags', e: null, f: null })]).toEqual(['email']);
  });
});

describe('targetGroup', () => {
  it('groups order targets by the part of the order they fill', () => {
    expect(['orderId', 'contact.email', 'line.sku', 'custom.vip', 'email'].map(targetGroup)).toEqual(['standard', 'customer', 'item', 'custom', 'standard']);
  });
});

describe('unmappedRequired', () => {
  it('lists required targets no column maps to', () => {
    const targets = [
      { key: 'name', label: 'Name', isRequired: true },
      { key: 'domain', label: 'Domain', isRequired: false },
    ];
    expect(unmappedRequired(targets, { A: 'domain' }).map((t) => t.key)).toEqual(['name']);
    expect(unmappedRequired(targets, { A: 'name' })).toEqual([]);
  });
});

describe('placeSaveErrors', () => {
  const headers = ['Email', 'e.mail', 'Tags'];

  it('puts mapping.<header> errors on that column, even when the header has dots', () => {
    const placed = placeSaveErrors(
      problem([
        { path: 'mapping.e.mail', message: 'Unknown field x' },
        { path: 'mapping.Email', message: 'first' },
        { path: 'mapping.Email', message: 'second' },
      ]),
      headers,
    );
    expect(placed.byHeader).toEqual({ 'e.mail': 'Unknown field x', Email: 'first' });
    expect(hasMappingErrors(placed)).toBe(true);
  });

  it('keeps whole-mapping, tag and unknown errors apart', () => {
    const placed = placeSaveErrors(
      problem([
        { path: 'mapping', message: 'Map a name, email, phone or external id column' },
        { path: 'tags.2', message: 'Too long' },
        { path: 'mapping.Gone', message: 'No such column in the file' },
        { path: 'match', message: 'Invalid option' },
      ]),
      headers,
    );
    expect(placed.mapping).toEqual(['Map a name, email, phone or external id column']);
    expect(placed.tags).toBe('Too long');
    expect(placed.other).toEqual(['mapping.Gone: No such column in the file', 'match: Invalid option']);
    expect(placed.unplaced).toBe(false);
  });

  it('puts order option errors beside their inputs', () => {
    const placed = placeSaveErrors(
      problem([
        { path: 'currency', message: 'A three-letter currency code such as TWD' },
        { path: 'timezone', message: 'Not a known time zone, e.g. Asia/Taipei' },
      ]),
      headers,
    );
    expect(placed.options).toEqual({ currency: 'A three-letter currency code such as TWD', timezone: 'Not a known time zone, e.g. Asia/Taipei' });
    expect(placed.other).toEqual([]);
  });

  it('marks a failure without field errors as unplaced, and no error as nothing', () => {
    expect(placeSaveErrors(new ApiError(409, null, 'conflict'), headers).unplaced).toBe(true);
    expect(placeSaveErrors(null, headers)).toEqual({ byHeader: {}, mapping: [], tags: null, options: {}, other: [], unplaced: false });
    expect(hasMappingErrors(placeSaveErrors(null, headers))).toBe(false);
  });
});

describe('import status', () => {
  it('computes progress from rows read', () => {
    expect(progressPercent({ status: 'running', totalRows: 200, counts: { read: 50, created: 0, updated: 0, skipped: 0, rejected: 0 } })).toBe(25);
    expect(progressPercent({ status: 'queued', totalRows: null, counts: { read: 0, created: 0, updated: 0, skipped: 0, rejected: 0 } })).toBe(0);
    expect(progressPercent({ status: 'completed', totalRows: null, counts: { read: 3, created: 3, updated: 0, skipped: 0, rejected: 0 } })).toBe(100);
  });

  it('is editable before it runs and after a dry run only', () => {
    expect(isImportEditable({ status: 'uploaded', isDryRun: false })).toBe(true);
    expect(isImportEditable({ status: 'completed', isDryRun: true })).toBe(true);
    expect(isImportEditable({ status: 'completed', isDryRun: false })).toBe(false);
    expect(isImportEditable({ status: 'running', isDryRun: true })).toBe(false);
  });
});

describe('validateWizardSearch', () => {
  it('keeps a valid id, step and entity, and drops the rest', () => {
    expect(validateWizardSearch({ id: 'abc', step: '3', entity: 'companies' })).toEqual({ id: 'abc', step: 3, entity: 'companies' });
    expect(validateWizardSearch({ id: '', step: 9, entity: 'deals' })).toEqual({ id: undefined, step: undefined, entity: undefined });
    expect(validateWizardSearch({ entity: 'orders' }).entity).toBe('orders');
  });
});
