package org.pathway.kit.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the kit, as the real services are: one aggregate, one controller, two consumers. */
@SpringBootApplication
public class KitTestApplication {
}
