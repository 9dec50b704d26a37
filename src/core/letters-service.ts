import type { MethodOutput, ParsedInput } from '../shared/contract';
import type { LetterCheck } from '../shared/letters-contract';
import { todayInBaku } from '../shared/dates';
import type { Guest, Visit } from '../shared/domain';
import { AppError, type Result } from '../shared/errors';
import { institutionGaps } from '../shared/institution-gaps';
import type { IssuedLetter, LetterFile, LetterKind, RegisterEntry } from '../shared/letters';
import { checkVisaInvitation, LetterInputError, type InvitationInput } from './letters';
import { buildLetter, type LetterBuilder, type LetterJob } from './letters/build';
import { docxWorkers, type DocxWorkers } from './docx-workers/pool';
import { lettersTexts } from './letters/localize';
import { cleanLine } from './letters/sanitize';
import { stayAccommodationByLanguage } from './letters/stay-accommodation';
import { counterKey, letterFileName, RegisterDraft, voidChange } from './register';
import { officeRegister, type OfficeNumbers } from './sync/office-numbers';
import type { RegisterView } from './store/register-state';
import type { Store } from './store/store';
import { newId } from './ids';
import { incomplete, missingGuestFields } from './letter-refusals';
import { prepareLetter, type LetterRequest, type PreparedLetter } from './letter-prepare';

export { buildLetter, type LetterBuilder } from './letters/build';

type Checked = { request: LetterRequest; prepared?: PreparedLetter; refused?: AppError };

/** Checks, numbers, builds and records invitation letters. */
export class LetterService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    private readonly build: LetterBuilder = buildLetter,
    private readonly workers: DocxWorkers = docxWorkers,
  ) {}

  /** Office sharing's numbering while it is on (`sync/office-numbers.ts`); the register alone otherwise. */
  office: OfficeNumbers | undefined;

  /** The register `count` new letters are numbered from: with the office's counter, when sharing is on. */
  private numbering(register: RegisterView, prepared: PreparedLetter, count: number) {
    const format = (this.store.sharedDoc.institution ?? prepared.institution).outgoingNumber;
    const key = counterKey(format, Number(todayInBaku(this.now()).slice(0, 4)));
    return officeRegister(register, this.office, key, count);
  }

  private find(visitId: string, guestId: string): { visit: Visit; guest: Guest } {
    const visit = this.store.getVisit(visitId);
    if (!visit) throw new AppError('notFound', { id: visitId });
    const guest = visit.guests.find((g) => g.id === guestId);
    if (!guest) throw new AppError('notFound', { id: guestId });
    return { visit, guest };
  }

  check({ visitId, guestId, kind, language }: ParsedInput<'letters.check'>): LetterCheck {
    const { visit, guest } = this.find(visitId, guestId);
    const institution = this.store.sharedDoc.institution;
    return {
      missing: [...missingGuestFields(kind, guest, visit), ...institutionGaps(institution)],
      warnings: kind === 'visaInvitation' ? checkVisaInvitation(guest, visit).warnings : [],
      missingTexts: language && institution ? lettersTexts(language, visit, guest, institution).missing : [],
    };
  }

  /**
   * Everything a letter needs, checked (see `prepareLetter`). Throws what the user must fix; after
   * this, only a fault can stop the letter.
   */
  private prepare(request: LetterRequest, issueDate: string): PreparedLetter {
    const institution = this.store.sharedDoc.institution;
    if (!institution) throw new AppError('institutionNotSet');
    const { visit, guest } = this.find(request.visitId, request.guestId);
    return prepareLetter(institution, visit, guest, request, issueDate);
  }

  private async bytes(kind: LetterKind, input: InvitationInput): Promise<string> {
    try {
      return (await this.build(kind, input)).toString('base64');
    } catch (error) {
      if (error instanceof LetterInputError) throw incomplete(error.fields);
      throw error;
    }
  }

  /** The letter as it would be issued today, with `…` for the running number; nothing is recorded. */
  async preview(request: LetterRequest): Promise<LetterFile> {
    const prepared = this.prepare(request, todayInBaku(this.now()));
    const { input } = prepared;
    return {
      fileName: letterFileName(prepared.guest, request.kind, request.language, input.number),
      base64: await this.bytes(request.kind, input),
      warnings: prepared.warnings,
    };
  }

  /**
   * Numbers a checked letter in a draft of the register, or re-issues the entry `reissueOf` under its
   * number. Runs inside the register's queue: the date (and so the year a number is drawn from) is
   * read there, so a letter waiting behind others across midnight takes the new year.
   */
  private record(
    draft: RegisterDraft,
    request: LetterRequest,
    prepared: PreparedLetter,
    reissueOf?: string,
  ): RegisterEntry {
    const now = this.now();
    const facts = {
      kind: request.kind,
      language: request.language,
      visitId: prepared.visit.id,
      visitTitle: prepared.visit.title,
      guest: prepared.guest,
      date: todayInBaku(now),
      issuedAt: now.toISOString(),
    };
    const format = (this.store.sharedDoc.institution ?? prepared.institution).outgoingNumber;
    return reissueOf ? draft.revise(reissueOf, facts) : draft.add(format, { ...facts, id: newId() });
  }

  /** What a recorded letter is built from: the checked input under its number and date. */
  private job(request: LetterRequest, prepared: PreparedLetter, entry: RegisterEntry): LetterJob {
    const input = {
      ...prepared.input,
      number: entry.number,
      issueDate: entry.date,
      revision: entry.revision,
    };
    return { kind: request.kind, input };
  }

  /** Builds a recorded letter under its number and date. */
  private async finish(
    request: LetterRequest,
    prepared: PreparedLetter,
    entry: RegisterEntry,
  ): Promise<IssuedLetter> {
    const { kind, input } = this.job(request, prepared, entry);
    const base64 = await this.bytes(kind, input);
    return { fileName: entry.fileName, base64, warnings: prepared.warnings, entry };
  }

  /**
   * A batch numbered at once and built on every core (`DocxWorkers`): the numbers are those the
   * letter-by-letter path gives when every letter builds. Null when one fails to build, with nothing
   * taken from the register: the batch is then issued letter by letter, which numbers around it.
   */
  private async allAtOnce(
    draft: RegisterDraft,
    checked: readonly Checked[],
  ): Promise<{ results: Result<IssuedLetter>[]; files: { entry: RegisterEntry; bytes: Buffer }[] } | null> {
    if (this.build !== buildLetter) return null;
    const trial = draft.child();
    let numbered: (Checked & { entry?: RegisterEntry })[];
    let built: Buffer[];
    try {
      numbered = checked.map((c) => ({
        ...c,
        entry: c.prepared && this.record(trial, c.request, c.prepared),
      }));
      const jobs = numbered.flatMap((n) =>
        n.prepared && n.entry ? [this.job(n.request, n.prepared, n.entry)] : [],
      );
      built = await this.workers.letters(jobs);
      if (built.length !== jobs.length) return null;
    } catch {
      return null;
    }
    draft.absorb(trial);
    let next = 0;
    const files: { entry: RegisterEntry; bytes: Buffer }[] = [];
    const results = numbered.map((n): Result<IssuedLetter> => {
      const bytes = built[next];
      if (!n.prepared || !n.entry || !bytes)
        return { ok: false, error: (n.refused ?? new AppError('internal')).toData() };
      next++;
      files.push({ entry: n.entry, bytes });
      const value = {
        fileName: n.entry.fileName,
        base64: bytes.toString('base64'),
        warnings: n.prepared.warnings,
        entry: n.entry,
      };
      return { ok: true, value };
    });
    return { results, files };
  }

  /**
   * Issues a letter: takes the next number (or keeps the number of the entry it re-issues), builds the
   * file under it, and records it durably before handing it out. The number is drawn and the letter
   * built inside the register's queue, so a letter that fails to build takes no number; one built but
   * not yet recorded (a crash, a full disk) is never handed out, so its number is never given twice.
   */
  async issue(request: LetterRequest, reissueOf?: string): Promise<MethodOutput<'letters.issue'>> {
    const prepared = this.prepare(request, todayInBaku(this.now()));
    return this.store.updateRegister(async (register) => {
      const draft = new RegisterDraft(reissueOf ? register : await this.numbering(register, prepared, 1));
      const entry = this.record(draft, request, prepared, reissueOf);
      const result = await this.finish(request, prepared, entry);
      // Kept before the append acknowledges the number: every acknowledged letter has its file.
      await this.store.letterFiles().write([{ entry, bytes: Buffer.from(result.base64, 'base64') }]);
      return { events: draft.events, result };
    });
  }

  /**
   * Issues several letters as `issue` does, with one write of the register for all: each is checked
   * first, and a refused one (what the officer must fix, as `issue` would refuse it) takes no number.
   * The others are numbered in the order asked, recorded in one durable append, then built. Answers
   * one result per request, in order.
   */
  async issueMany(requests: readonly LetterRequest[]): Promise<Result<IssuedLetter>[]> {
    const today = todayInBaku(this.now());
    const checked = requests.map((request): Checked => {
      try {
        return { request, prepared: this.prepare(request, today) };
      } catch (error) {
        if (error instanceof AppError) return { request, refused: error };
        throw error;
      }
    });
    if (!checked.some((c) => c.prepared)) {
      return checked.map((c) => ({ ok: false, error: (c.refused ?? new AppError('internal')).toData() }));
    }
    const toNumber = checked.flatMap((c) => (c.prepared ? [c.prepared] : []));
    return this.store.updateRegister(async (register) => {
      const first = toNumber[0];
      const draft = new RegisterDraft(
        first ? await this.numbering(register, first, toNumber.length) : register,
      );
      const atOnce = await this.allAtOnce(draft, checked);
      if (atOnce) {
        await this.store.letterFiles().write(atOnce.files);
        return { events: draft.events, result: atOnce.results };
      }
      const results: Result<IssuedLetter>[] = [];
      const files: { entry: RegisterEntry; bytes: Buffer }[] = [];
      for (const c of checked) {
        if (!c.prepared) {
          results.push({ ok: false, error: (c.refused ?? new AppError('internal')).toData() });
          continue;
        }
        // Each letter is numbered in a draft of its own, kept only once it is built: one that
        // fails leaves no gap in the numbers of the others.
        const attempt = draft.child();
        try {
          const letter = await this.finish(
            c.request,
            c.prepared,
            this.record(attempt, c.request, c.prepared),
          );
          draft.absorb(attempt);
          results.push({ ok: true, value: letter });
          files.push({ entry: letter.entry, bytes: Buffer.from(letter.base64, 'base64') });
        } catch (error) {
          if (!(error instanceof AppError))
            console.error('[qonaq] a letter of a batch failed to build:', error);
          results.push({
            ok: false,
            error: error instanceof AppError ? error.toData() : { code: 'internal' },
          });
        }
      }
      // All files of the batch on disk before the one append that numbers them (see `issue`).
      await this.store.letterFiles().write(files);
      return { events: draft.events, result: results };
    });
  }

  /** An issued letter's file as it was handed out; `notFound` when none was kept (issued before 0012). */
  async file({ entryId, revision }: ParsedInput<'letters.file'>): Promise<MethodOutput<'letters.file'>> {
    const entry = (await this.store.register()).find(entryId);
    if (!entry) throw new AppError('notFound', { id: entryId });
    const wanted = revision ?? entry.revision;
    if (!entry.revisions.some((r) => r.revision === wanted)) throw new AppError('notFound', { id: entryId });
    const bytes = await this.store.letterFiles().read(entry, wanted);
    if (!bytes) throw new AppError('notFound', { id: entryId, revision: wanted });
    return { fileName: entry.fileName, base64: bytes.toString('base64') };
  }

  /** Voids a number with a reason, or (`reason` null) restores it; the number is never given again. */
  setVoided(entryId: string, reason: string | null): Promise<RegisterEntry> {
    return this.store.updateRegister((register) => {
      const { events, entry } = voidChange(
        register,
        entryId,
        reason === null ? null : cleanLine(reason),
        this.now(),
      );
      return { events, result: entry };
    });
  }

  /** What a letter for the guest starts from: the accommodation of their stays, in each language. */
  defaults({ visitId, guestId }: ParsedInput<'letters.defaults'>): MethodOutput<'letters.defaults'> {
    const { visit, guest } = this.find(visitId, guestId);
    return { accommodation: stayAccommodationByLanguage(guest.id, visit.stays, this.store.sharedDoc.hotels) };
  }
}
