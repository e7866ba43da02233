package org.pathway.jobposting.application;

import jakarta.validation.constraints.NotNull;

/** An admin's move of an application to its next stage; which moves are allowed is the application's business. */
record StageRequest(@NotNull ApplicationStage stage) {
}
