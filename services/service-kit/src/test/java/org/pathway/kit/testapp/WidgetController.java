package org.pathway.kit.testapp;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathway.kit.security.CurrentUser;
import org.pathway.kit.security.TenantOptional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WidgetController {

    enum Color { RED, GREEN }

    /** Exactly what a client may set: no tenant, no owner. */
    record CreateWidget(@NotBlank @Size(max = 40) String name, @NotNull Color color, @Min(1) @Max(10) int count,
            Map<String, Object> attributes, LocalDate readyOn) {
    }

    record WidgetView(String id, String tenant, String name) {
    }

    private final WidgetRepository widgets;

    WidgetController(WidgetRepository widgets) {
        this.widgets = widgets;
    }

    @PostMapping("/api/test/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    WidgetView create(@Valid @RequestBody CreateWidget request, CurrentUser user) {
        Widget widget = widgets.save(Widget.create(UUID.randomUUID().toString(), user.tenant(), request.name()));
        return new WidgetView(widget.id(), widget.tenant(), widget.name());
    }

    /** Guarded by a role rule in application.yml: only {@code committee} members reach it. */
    @PostMapping("/api/test/committee/votes")
    @ResponseStatus(HttpStatus.CREATED)
    Vote vote(@Valid @RequestBody Vote vote) {
        return vote;
    }

    record Vote(@NotBlank String choice) {
    }

    @GetMapping("/api/test/me")
    CurrentUser me(CurrentUser user) {
        return user;
    }

    @GetMapping("/api/test/items/{number}")
    Map<String, Long> item(@PathVariable long number) {
        return Map.of("number", number);
    }

    @GetMapping("/api/test/boom")
    String boom() {
        throw new IllegalStateException("secret internal detail: db password is hunter2");
    }

    @GetMapping("/api/test/admin/platform/whoami")
    CurrentUser platform(@TenantOptional CurrentUser user) {
        return user;
    }
}
