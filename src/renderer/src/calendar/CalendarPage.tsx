export function CalendarPage(_props: { date?: string; entry?: string }) {
  return null;
}
