package org.pathway.jobposting.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Every read names who may see the application: the candidate (their institution and id) or the posting institution
 * (the tenant). Anyone else's id is simply not found.
 */
interface JobApplicationRepository extends MongoRepository<JobApplication, String> {

    Optional<JobApplication> findByIdAndCandidateInstitutionAndCandidateId(String id, String candidateInstitution,
            String candidateId);

    List<JobApplication> findByCandidateInstitutionAndCandidateIdOrderBySubmittedAtDesc(String candidateInstitution,
            String candidateId, Pageable page);

    Optional<JobApplication> findByIdAndTenant(String id, String tenant);

    List<JobApplication> findByTenantAndPostingIdOrderBySubmittedAtAsc(String tenant, String postingId, Pageable page);

    List<JobApplication> findByTenantAndPostingIdAndStageOrderBySubmittedAtAsc(String tenant, String postingId,
            ApplicationStage stage, Pageable page);
}
