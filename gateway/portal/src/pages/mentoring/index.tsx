import './mentoring.css';

export { FindMentor } from './FindMentor';
export { MentorInbox } from './MentorInbox';
