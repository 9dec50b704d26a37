import { errorCode } from './error-code';
import { formatDateNumeric } from './dates';
import { AppError } from './errors';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/**
 * What the user reads when Qonaq cannot open its data. This is shown by the shell before any page
 * exists, so it cannot use the renderer's translations; it is kept to the three situations a user
 * can act on.
 */
export interface StartupMessage {
  title: string;
  message: string;
}

type Situation = 'locked' | 'newer' | 'unreadable';
interface Details {
  folder: string;
  /** An error code (`storeUnreadable`, `EACCES`): meaningless to most users, useful on the phone to support. */
  code: string;
  found: string;
  supported: string;
}

const MESSAGES: Record<Language, Record<Situation, (p: Details) => StartupMessage>> = {
  az: {
    locked: ({ folder }) => ({
      title: 'Qonaq artıq açıqdır',
      message: `Məlumat qovluğu\n${folder}\nbaşqa bir Qonaq proqramı tərəfindən istifadə olunur.\n\nO birini bağlayın və Qonaq proqramını yenidən başladın.`,
    }),
    newer: ({ folder, found, supported }) => ({
      title: 'Məlumatlar Qonaq proqramının daha yeni versiyası ilə saxlanılıb',
      message: `Məlumat qovluğu\n${folder}\nQonaq proqramının daha yeni versiyası ilə saxlanılıb (məlumatların versiyası: ${found}; bu proqramın oxuya bildiyi: ${supported}).\n\nMəlumatları korlamamaq üçün bu versiya onu açmır. Qonaq proqramının yeni versiyasını quraşdırın.`,
    }),
    unreadable: ({ folder, code }) => ({
      title: 'Qonaq məlumatları aça bilmədi',
      message: `Məlumat qovluğu\n${folder}\naçıla bilmədi (${code}).\n\nQovluğun mövcud olduğunu və ona yazmaq icazəniz olduğunu yoxlayın, sonra Qonaq proqramını yenidən başladın.`,
    }),
  },
  en: {
    locked: ({ folder }) => ({
      title: 'Qonaq is already open',
      message: `The data folder\n${folder}\nis in use by another Qonaq.\n\nClose the other one and start Qonaq again.`,
    }),
    newer: ({ folder, found, supported }) => ({
      title: 'This data was saved by a newer Qonaq',
      message: `The data folder\n${folder}\nwas saved by a newer version of Qonaq (data version ${found}; this version reads up to ${supported}).\n\nSo as not to damage it, this version does not open it. Install the newer version of Qonaq.`,
    }),
    unreadable: ({ folder, code }) => ({
      title: 'Qonaq could not open its data',
      message: `The data folder\n${folder}\ncould not be opened (${code}).\n\nCheck that the folder exists and that you may write to it, then start Qonaq again.`,
    }),
  },
  ru: {
    locked: ({ folder }) => ({
      title: 'Qonaq уже открыт',
      message: `Папка данных\n${folder}\nиспользуется другим экземпляром Qonaq.\n\nЗакройте его и запустите Qonaq снова.`,
    }),
    newer: ({ folder, found, supported }) => ({
      title: 'Данные сохранены более новой версией Qonaq',
      message: `Папка данных\n${folder}\nсохранена более новой версией Qonaq (версия данных ${found}; эта версия читает до ${supported}).\n\nЧтобы не повредить данные, эта версия их не открывает. Установите новую версию Qonaq.`,
    }),
    unreadable: ({ folder, code }) => ({
      title: 'Qonaq не может открыть данные',
      message: `Не удалось открыть папку данных\n${folder}\n(${code}).\n\nПроверьте, что папка существует и у вас есть право записи в неё, затем запустите Qonaq снова.`,
    }),
  },
};

/** The first of the system's preferred languages that Qonaq speaks (`ru-RU` -> `ru`). */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export function startupMessage(error: unknown, folder: string, language: Language): StartupMessage {
  const code = errorCode(error) ?? 'internal';
  const params = error instanceof AppError ? error.params : undefined;
  const details: Details = {
    folder,
    code,
    found: String(params?.found ?? '?'),
    supported: String(params?.supported ?? '?'),
  };
  const situation: Situation =
    code === 'storeLocked' ? 'locked' : code === 'storeNewerVersion' ? 'newer' : 'unreadable';
  return MESSAGES[language][situation](details);
}

/**
 * What the user is asked when another Qonaq holds the data folder: who holds it, since when, and
 * whether to take it over (the first button) or quit (the second).
 */
export interface LockedFolderQuestion extends StartupMessage {
  detail: string;
  takeOver: string;
  quit: string;
}

interface Holder {
  folder: string;
  /** The holder's machine: '' when the lock does not say, `here` when it is this one. */
  host: string;
  here: boolean;
  /** When it took the folder and when it last showed signs of life, as read: '' when unknown. */
  since: string;
  lastSeen: string;
  /** No sign of life for a while: it has most likely stopped. */
  stale: boolean;
}

const LOCKED: Record<Language, (h: Holder) => LockedFolderQuestion> = {
  az: (h) => {
    const who = h.here
      ? 'bu kompüterdəki başqa Qonaq'
      : h.host
        ? `«${h.host}» kompüterindəki Qonaq`
        : 'başqa bir Qonaq';
    const since = h.since ? `${h.since} vaxtından bəri ` : '';
    return {
      title: 'Qonaq artıq açıqdır',
      message: `Məlumat qovluğu ${since}${who} tərəfindən istifadə olunur.`,
      detail: [
        `Məlumat qovluğu:\n${h.folder}`,
        h.stale && h.lastSeen
          ? `O, ${h.lastSeen} vaxtından bəri heç bir fəaliyyət göstərmir: yəqin ki, dayanıb. Davam etmək üçün qovluğu götürün.`
          : 'Həmin Qonaq hələ açıqdırsa, onu bağlayın və Qonaq proqramını yenidən başladın. Açıq deyilsə (kompüter söndürülüb və ya Qonaq düzgün bağlanmayıb), qovluğu götürün.',
        'O biri Qonaq hələ açıq ikən qovluğu götürsəniz, o, məlumatları saxlamağı dayandırır: orada yazılıb hələ saxlanmamış məlumatlar itir.',
      ].join('\n\n'),
      takeOver: 'Qovluğu götür',
      quit: 'Çıxış',
    };
  },
  en: (h) => {
    const who = h.here
      ? 'another Qonaq on this computer'
      : h.host
        ? `Qonaq on the computer “${h.host}”`
        : 'another Qonaq';
    const since = h.since ? ` since ${h.since}` : '';
    return {
      title: 'Qonaq is already open',
      message: `The data folder is in use by ${who}${since}.`,
      detail: [
        `Data folder:\n${h.folder}`,
        h.stale && h.lastSeen
          ? `It has shown no sign of life since ${h.lastSeen}: it has most likely stopped. Take the folder over to go on.`
          : 'If that Qonaq is still open, close it and start Qonaq again. If it is not (the computer was switched off, or Qonaq stopped without closing), take the folder over.',
        'If you take the folder over while the other Qonaq is still open, that one stops saving: whatever was typed there and not yet saved is lost.',
      ].join('\n\n'),
      takeOver: 'Take over',
      quit: 'Quit',
    };
  },
  ru: (h) => {
    const who = h.here
      ? 'другим экземпляром Qonaq на этом компьютере'
      : h.host
        ? `программой Qonaq на компьютере «${h.host}»`
        : 'другим экземпляром Qonaq';
    const since = h.since ? `с ${h.since} ` : '';
    return {
      title: 'Qonaq уже открыт',
      message: `Папка данных ${since}используется ${who}.`,
      detail: [
        `Папка данных:\n${h.folder}`,
        h.stale && h.lastSeen
          ? `С ${h.lastSeen} он не подаёт признаков жизни: вероятно, он завершился. Чтобы продолжить, заберите папку.`
          : 'Если тот Qonaq ещё открыт, закройте его и запустите Qonaq снова. Если нет (компьютер выключен или Qonaq завершился некорректно), заберите папку.',
        'Если забрать папку, пока другой Qonaq открыт, он перестанет сохранять данные: то, что там введено и ещё не сохранено, будет потеряно.',
      ].join('\n\n'),
      takeOver: 'Забрать папку',
      quit: 'Выйти',
    };
  },
};

/** `24.11.2026, 09:05` in this computer's time; '' for a time that cannot be read. */
export function formatStamp(iso: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return '';
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${formatDateNumeric(day)}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The question for a `storeLocked` error, from what the lock said (see `acquireFolderLock`). */
export function lockedFolderQuestion(
  error: unknown,
  folder: string,
  language: Language,
  thisHost: string,
): LockedFolderQuestion {
  const params = error instanceof AppError ? error.params : undefined;
  const host = String(params?.host ?? '');
  return LOCKED[language]({
    folder,
    host,
    here: host !== '' && host === thisHost,
    since: formatStamp(String(params?.since ?? '')),
    lastSeen: formatStamp(String(params?.lastSeen ?? '')),
    stale: params?.state === 'stale',
  });
}
