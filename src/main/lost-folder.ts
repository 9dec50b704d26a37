import type { LockHolder } from '../core/store/folder-lock';
import type { Language } from '../shared/languages';
import type { StartupMessage } from '../shared/startup-messages';

/**
 * What the user reads when another Qonaq has taken the data folder over while this one was open (the
 * other officer chose "Take over"). From that moment this window can save nothing: the store refuses
 * every change, so the app says why and closes rather than let the user type into a form that cannot
 * be kept. Shown by the shell, so kept here in the three languages rather than in the page's files.
 */
const MESSAGES: Record<Language, (folder: string, host: string) => StartupMessage> = {
  az: (folder, host) => ({
    title: 'Məlumat qovluğunu başqa Qonaq götürdü',
    message: `Məlumat qovluğu\n${folder}\n${host ? `"${host}" kompüterindəki` : 'başqa bir'} Qonaq proqramı tərəfindən götürüldü.\n\nBu pəncərədə edilən dəyişikliklər artıq saxlanıla bilməz. Qonaq bağlanacaq; məlumatlarla o biri Qonaq proqramında işləyin.`,
  }),
  en: (folder, host) => ({
    title: 'Another Qonaq has taken over the data folder',
    message: `The data folder\n${folder}\nhas been taken over by ${host ? `the Qonaq on "${host}"` : 'another Qonaq'}.\n\nChanges made in this window can no longer be saved. Qonaq will now close; carry on in the other Qonaq.`,
  }),
  ru: (folder, host) => ({
    title: 'Папку данных занял другой экземпляр Qonaq',
    message: `Папку данных\n${folder}\nзанял ${host ? `экземпляр Qonaq на компьютере «${host}»` : 'другой экземпляр Qonaq'}.\n\nИзменения в этом окне больше не могут быть сохранены. Qonaq сейчас закроется; продолжайте работу в другом экземпляре.`,
  }),
};

export function lostFolderMessage(
  folder: string,
  holder: LockHolder | null,
  language: Language,
): StartupMessage {
  return MESSAGES[language](folder, holder?.host ?? '');
}
