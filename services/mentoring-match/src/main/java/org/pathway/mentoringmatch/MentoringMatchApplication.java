package org.pathway.mentoringmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MentoringMatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentoringMatchApplication.class, args);
    }
}
