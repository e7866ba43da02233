package org.pathway.kit.testapp;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface WidgetRepository extends MongoRepository<Widget, String> {
}
