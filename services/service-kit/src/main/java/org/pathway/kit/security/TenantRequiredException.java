package org.pathway.kit.security;

import org.springframework.security.access.AccessDeniedException;

/** The endpoint acts within one institution and the token names no single organization: 403. */
public class TenantRequiredException extends AccessDeniedException {

    public TenantRequiredException() {
        super("The access token must name exactly one organization for this endpoint");
    }
}
