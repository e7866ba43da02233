package org.pathway.promotionreview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PromotionReviewApplication {

    public static void main(String[] args) {
        SpringApplication.run(PromotionReviewApplication.class, args);
    }
}
