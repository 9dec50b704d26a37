export function PartnerPage({ id }: { id: string }) {
  void id;
  return null;
}
