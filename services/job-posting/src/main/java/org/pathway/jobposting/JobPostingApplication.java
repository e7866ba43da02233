package org.pathway.jobposting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JobPostingApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobPostingApplication.class, args);
    }
}
