import { AppError } from '../shared/errors';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../shared/languages';

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

function errorCode(error: unknown): string {
  if (error instanceof AppError) return error.code;
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'internal';
}

export function startupMessage(error: unknown, folder: string, language: Language): StartupMessage {
  const code = errorCode(error);
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
