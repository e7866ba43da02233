/** The domain's shared vocabularies, as the services spell them; each page labels them in its own words where needed. */

/** Education roles: a posting's role type (job-posting) and the roles a mentor holds or a mentee aims for. */
export const EDUCATION_ROLE_LABELS: Record<string, string> = {
  CLERKSHIP_DIRECTOR: 'Clerkship director',
  BLOCK_DIRECTOR: 'Block director',
  COURSE_DIRECTOR: 'Course director',
  PROGRAM_DIRECTOR: 'Residency program director',
  ASSOCIATE_PROGRAM_DIRECTOR: 'Associate program director',
  FELLOWSHIP_DIRECTOR: 'Fellowship director',
  SIMULATION_DIRECTOR: 'Simulation director',
  SKILLS_LAB_LEAD: 'Skills lab lead',
  MED_ED_SCHOLAR: 'Medical education scholar',
  UME_DIRECTOR: 'Director of undergraduate medical education',
  VICE_CHAIR_EDUCATION: 'Vice chair for education',
};

export const EDUCATION_ROLES = Object.keys(EDUCATION_ROLE_LABELS);

/** Leadership roles a portfolio's LEADERSHIP activity records and promotion criteria count. */
export const LEADERSHIP_ROLES = [
  'COURSE_DIRECTOR',
  'BLOCK_DIRECTOR',
  'CLERKSHIP_DIRECTOR',
  'PROGRAM_DIRECTOR',
  'ASSOCIATE_PROGRAM_DIRECTOR',
  'FELLOWSHIP_DIRECTOR',
  'SIMULATION_DIRECTOR',
  'SKILLS_LAB_LEAD',
  'UME_DIRECTOR',
  'VICE_CHAIR_EDUCATION',
  'COMMITTEE_CHAIR',
  'COMMITTEE_MEMBER',
];
