package org.pathway.portfolio.profile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What drains the person, what still gives energy, and what they would do in a week with no clinical work. Private:
 * only its owner reads it; it steers fit, never leaves the service and is hidden even from institution admins.
 */
public record EnergyAudit(
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> drains,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> energizes,
        @Size(max = 4000) String weekWithoutClinicalWork) {

    public EnergyAudit {
        drains = drains == null ? List.of() : List.copyOf(drains);
        energizes = energizes == null ? List.of() : List.copyOf(energizes);
    }
}
