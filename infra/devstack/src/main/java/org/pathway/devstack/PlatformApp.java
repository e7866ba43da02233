package org.pathway.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One of Pathway's own applications as the launcher and the system tests run it: a Boot jar in its module's target folder.
 *
 * @param name     the name used in logs, routes and the Mongo database ({@code pathway-<name>})
 * @param module   the Maven module's folder, relative to the repository root
 * @param port     the HTTP port
 */
public record PlatformApp(String name, String module, int port) {

    public static final PlatformApp PORTFOLIO = new PlatformApp("portfolio", "services/portfolio", 8081);
    public static final PlatformApp PROMOTION_REVIEW = new PlatformApp("promotion-review", "services/promotion-review", 8082);
    public static final PlatformApp MENTORING_MATCH = new PlatformApp("mentoring-match", "services/mentoring-match", 8083);
    public static final PlatformApp JOB_POSTING = new PlatformApp("job-posting", "services/job-posting", 8084);
    public static final PlatformApp NOTIFICATION = new PlatformApp("notification", "services/notification", 8085);
    public static final PlatformApp GATEWAY = new PlatformApp("gateway", "gateway", 8080);

    public static final List<PlatformApp> SERVICES = List.of(PORTFOLIO, PROMOTION_REVIEW, MENTORING_MATCH, JOB_POSTING, NOTIFICATION);

    public boolean isGateway() {
        return name.equals(GATEWAY.name);
    }

    public String database() {
        return "pathway-" + name;
    }

    public PlatformApp onPort(int otherPort) {
        return new PlatformApp(name, module, otherPort);
    }

    /** The executable jar Maven built for this app (the version-independent name set by each module's finalName). */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target").resolve(name + ".jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
