export function PrintProgrammePage(_props: { id: string }) {
  return null;
}
