package org.pathway.jobposting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JobPostingApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobPostingApplication.class, args);
    }
}
