/** Stands in for a page still being built; none may remain when the portal ships. */
export function ComingSoon({ title }: { title: string }) {
  return (
    <section className="card wide">
      <h2>{title}</h2>
      <p>This page is not built yet.</p>
    </section>
  );
}
