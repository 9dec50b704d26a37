import type { Institution } from '../../../shared/institution';
import type { Language } from '../../../shared/languages';
import classes from './print.module.css';

/** The institution's logo, name, address and contacts at the head of a guest-facing document. */
export function Letterhead({ institution, language }: { institution: Institution; language: Language }) {
  const { logo } = institution;
  const contacts = [institution.phone, institution.email, institution.website].filter(Boolean).join('  ·  ');
  return (
    <header className={classes.letterhead} data-testid="print-letterhead">
      {logo && <img className={classes.logo} src={`data:${logo.mime};base64,${logo.data}`} alt="" />}
      <div className={classes.letterheadName}>{institution.name[language]}</div>
      {institution.address[language] && <div className={classes.muted}>{institution.address[language]}</div>}
      {contacts && <div className={classes.muted}>{contacts}</div>}
    </header>
  );
}
