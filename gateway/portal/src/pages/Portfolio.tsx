import { call } from '../api';
import { Async } from '../components/Async';
import { Table } from '../components/Table';
import { useResource } from '../useResource';
import { AddActivity } from './AddActivity';
import { label } from './Dashboard';
import { ImportScholarship } from './ImportScholarship';
import { ImportTeaching } from './ImportTeaching';

interface Activity {
  id: string;
  kind: string;
  title: string;
  occurredOn: string;
}

const EXPORTS = [
  { file: 'cv.pdf', label: 'Medical-education CV (PDF)' },
  { file: 'educator-portfolio.pdf', label: 'Educator portfolio (PDF)' },
  { file: 'portfolio.json', label: 'All my data (JSON)' },
  { file: 'portfolio.csv', label: 'All my activities (CSV)' },
];

export function Portfolio() {
  const [activities, reload] = useResource(() => call<Activity[]>('/api/portfolio/activities'));
  return (
    <div className="grid">
      <section className="card wide" aria-labelledby="activities-heading">
        <h2 id="activities-heading">Your activities</h2>
        <Async resource={activities} label="your activities" onRetry={reload}>
          {(list) => (
            <Table
              caption="Activities, newest first"
              rows={list}
              rowKey={(activity) => activity.id}
              empty="No activities yet: record one or import your publications below."
              columns={[
                { header: 'Date', cell: (activity) => activity.occurredOn },
                { header: 'Kind', cell: (activity) => label(activity.kind) },
                { header: 'Title', cell: (activity) => activity.title },
              ]}
            />
          )}
        </Async>
      </section>
      <section className="card">
        <AddActivity onRecorded={reload} />
      </section>
      <section className="card">
        <ImportScholarship onRecorded={reload} />
      </section>
      <section className="card">
        <ImportTeaching onRecorded={reload} />
      </section>
      <section className="card" aria-labelledby="exports-heading">
        <h3 id="exports-heading">Download and export</h3>
        <ul className="exports">
          {EXPORTS.map((item) => (
            <li key={item.file}>
              <a href={`/api/portfolio/exports/${item.file}`} download>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="muted">The PDFs are generated when you ask; a large portfolio takes a few seconds.</p>
      </section>
    </div>
  );
}
