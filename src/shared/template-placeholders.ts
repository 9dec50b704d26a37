/**
 * The placeholders an office's own letterhead template may hold, as `{{name}}`. One list: the core
 * fills exactly these, and Settings lists them with a description from `settings.template.placeholder`.
 */
export const TEMPLATE_PLACEHOLDERS = [
  'number',
  'revision',
  'institution_city',
  'date',
  'addressee',
  'guest_full_name',
  'guest_salutation',
  'guest_date_of_birth',
  'guest_sex',
  'guest_citizenship',
  'passport_number',
  'passport_issuing_country',
  'passport_issue_date',
  'passport_expiry_date',
  'guest_position',
  'guest_organisation',
  'visit_title',
  'visit_purpose',
  'stay_dates',
  'cities',
  'accommodation',
  'costs',
  'verification_contact',
  'signatory_name',
  'signatory_position',
  'body',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
