export function PrintDayPage(_props: { date: string }) {
  return null;
}
