package org.pathway.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link CurrentUser} parameter: resolve it even when the token names no single organization (its tenant is then
 * {@code null}), e.g. for platform-admin endpoints. Without it a tenant-less caller gets 403.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TenantOptional {
}
