package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.LocalSmtpServer;
import org.pathway.infra.local.TestInfrastructure;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7's journey through the gateway with real Keycloak logins: a mentor keeps the notification stream open, opts in
 * to mentoring, and a mentee of the same institution files an advice-conversation request and proposes it to them.
 * MatchProposed travels from mentoring-match through Kafka to notification, which emails the mentor over real SMTP
 * (GreenMail), files the item in their feed and pushes it down the open Server-Sent Events stream; a user of the other
 * institution sees none of it.
 */
class MentorNotificationSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String MENTOR = "mentor@northbridge.edu";
    private static final String MENTEE = "faculty@northbridge.edu";
    private static PlatformUnderTest platform;
    private static LocalSmtpServer smtp;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.get();
        smtp = TestInfrastructure.smtp();
    }

    @Test
    void shouldEmailNotifyAndStreamAMenteesProposalToTheMentorAndToNobodyInAnotherInstitution() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        // A niche tag of this run only: it shows up in the proposal's reasons, so the email proves it carries this proposal.
        String niche = "bedside-feedback-" + run;
        String mentor = platform.login(MENTOR);
        String mentee = platform.login(MENTEE);

        try (FeedStream stream = FeedStream.open(platform.gatewayUrl("/api/notification/feed/stream"), mentor)) {
            await().atMost(Duration.ofSeconds(30)).until(stream::connected);

            MentoringSetup.careerProfiles(platform, mentor, mentee, run, niche);
            String mentorId = MentoringSetup.optInAsMentor(platform, mentor, niche);

            HttpResponse<String> filed = HttpCalls.postJson(platform.gatewayUrl("/api/mentoring-match/requests"), mentee, """
                    {"kind": "ADVICE_CONVERSATION",
                     "prep": {"done": "Ran a bedside feedback workshop for interns (%s)",
                              "directions": ["simulation-based feedback training"],
                              "ask": "How do I turn the workshop into a curriculum?"}}
                    """.formatted(run));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            String requestId = JSON.readTree(filed.body()).get("id").asString();

            // The mentee's profile has reached mentoring-match once the suggestion names the shared niche.
            String suggestions = platform.gatewayUrl("/api/mentoring-match/requests/" + requestId + "/suggestions?k=20");
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                HttpResponse<String> suggested = HttpCalls.get(suggestions, mentee);
                assertThat(suggested.statusCode()).as(suggested.body()).isEqualTo(200);
                JsonNode mine = suggestion(JSON.readTree(suggested.body()), mentorId);
                assertThat(mine).as("suggestion of %s in %s", mentorId, suggested.body()).isNotNull();
                assertThat(mine.toString()).contains("shares your niche " + niche);
            });

            HttpResponse<String> proposed = HttpCalls.postJson(
                    platform.gatewayUrl("/api/mentoring-match/requests/" + requestId + "/proposals"), mentee,
                    "{\"mentorId\": \"" + mentorId + "\"}");
            assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
            String matchId = JSON.readTree(proposed.body()).get("id").asString();
            String matchPath = "/mentoring/matches/" + matchId;

            // The email: to the mentor's address from the recipients projection, named as their profile names them.
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(emailAbout(matchId))
                    .as(() -> "the mentor's email about " + matchId + "; deliveries: " + deliveries()).isNotNull());
            MimeMessage email = emailAbout(matchId);
            assertThat(addresses(email.getRecipients(MimeMessage.RecipientType.TO))).containsExactly(MENTOR);
            assertThat(email.getSubject()).startsWith("A mentee asks you for an advice conversation: please answer by");
            String plain = Emails.parts(email, "text/plain");
            String html = unescapeHtml(Emails.parts(email, "text/html"));
            for (String body : List.of(plain, html)) {
                assertThat(body).contains("Hello Miles Okafor").contains("an advice conversation")
                        .contains("shares your niche " + niche)
                        .contains(platform.gatewayUrl(matchPath) + "?action=accept")
                        .contains(matchPath + "?action=decline")
                        .contains(matchPath + "?action=ask-for-info");
            }
            assertThat(plain).contains("A mentee on Pathway asks you for an advice conversation.");
            assertThat(html).containsPattern("href=\"[^\"]*" + Pattern.quote(matchPath + "?action=accept") + "\"")
                    .containsPattern("href=\"[^\"]*" + Pattern.quote(matchPath + "?action=decline") + "\"");
            assertThat(smtp.receivedMessagesFor(MENTEE).stream().map(Emails::content))
                    .as("the mentee is not emailed about their own proposal").noneMatch(text -> text.contains(matchId));

            // The in-app feed: the item, linking to the match, and at least one unread item.
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                    feedItemFor(mentor, matchPath))
                    .as(() -> "the mentor's feed item about " + matchId + "; deliveries: " + deliveries()).isNotNull());
            JsonNode item = feedItemFor(mentor, matchPath);
            assertThat(item.get("category").asString()).isEqualTo("MATCHES");
            assertThat(item.get("eventType").asString()).isEqualTo("org.pathway.mentoring-match.MatchProposed.v1");
            assertThat(item.get("title").asString()).isEqualTo(email.getSubject());
            assertThat(item.get("read").asBoolean()).isFalse();
            HttpResponse<String> unread = HttpCalls.get(platform.gatewayUrl("/api/notification/feed/unread-count"), mentor);
            assertThat(unread.statusCode()).as(unread.body()).isEqualTo(200);
            assertThat(JSON.readTree(unread.body()).get("unread").asLong()).isGreaterThanOrEqualTo(1);

            // The live stream pushed the very same item while the mentor was connected.
            String itemId = item.get("id").asString();
            await().atMost(WAIT).untilAsserted(() -> assertThat(stream.events())
                    .as("events on the mentor's stream").anySatisfy(event -> {
                        assertThat(event.name()).isEqualTo("notification");
                        assertThat(event.id()).isEqualTo(itemId);
                        JsonNode pushed = JSON.readTree(event.data());
                        assertThat(pushed.get("id").asString()).isEqualTo(itemId);
                        assertThat(pushed.get("link").asString()).isEqualTo(item.get("link").asString());
                        assertThat(pushed.get("title").asString()).isEqualTo(item.get("title").asString());
                    }));

            // Another institution: neither its mentor's feed shows the item nor can they mark it read.
            String lakeside = platform.login("mentor@lakeside.edu");
            HttpResponse<String> otherFeed = HttpCalls.get(platform.gatewayUrl("/api/notification/feed"), lakeside);
            assertThat(otherFeed.statusCode()).as(otherFeed.body()).isEqualTo(200);
            assertThat(otherFeed.body()).doesNotContain(itemId).doesNotContain(matchId);
            HttpResponse<String> markedByOther = HttpCalls.post(
                    platform.gatewayUrl("/api/notification/feed/" + itemId + "/read"), lakeside);
            assertThat(markedByOther.statusCode()).isEqualTo(404);
            assertThat(smtp.receivedMessagesFor("mentor@lakeside.edu").stream().map(Emails::content))
                    .noneMatch(text -> text.contains(matchId));
        }
    }

    private static JsonNode suggestion(JsonNode suggestions, String mentorId) {
        for (JsonNode suggestion : suggestions) {
            if (mentorId.equals(suggestion.get("mentorId").asString())) {
                return suggestion;
            }
        }
        return null;
    }

    /** Every delivery of the mentor's institution with its status and last error, as its admins see it (for failures). */
    private static String deliveries() {
        String admin = platform.login("admin@northbridge.edu");
        return HttpCalls.get(platform.gatewayUrl("/api/notification/admin/deliveries"), admin).body();
    }

    /** The mentor's email whose body names this match, or null while it has not arrived. */
    private static MimeMessage emailAbout(String matchId) {
        return smtp.receivedMessagesFor(MENTOR).stream().filter(message -> Emails.content(message).contains(matchId)).findFirst()
                .orElse(null);
    }

    /** The mentor's feed item linking to the match, or null while it is not there. */
    private static JsonNode feedItemFor(String token, String matchPath) {
        HttpResponse<String> feed = HttpCalls.get(platform.gatewayUrl("/api/notification/feed"), token);
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        for (JsonNode item : JSON.readTree(feed.body())) {
            if (item.get("link").asString().endsWith(matchPath)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> all = new ArrayList<>();
        for (Address address : addresses == null ? new Address[0] : addresses) {
            all.add(((InternetAddress) address).getAddress());
        }
        return all;
    }

    /** The HTML templates escape every variable ({@code =} included); links are compared as a browser reads them. */
    private static String unescapeHtml(String html) {
        Matcher entity = Pattern.compile("&#(?:x([0-9a-fA-F]+)|(\\d+));").matcher(html);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            int code = entity.group(1) != null ? Integer.parseInt(entity.group(1), 16) : Integer.parseInt(entity.group(2));
            entity.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
        }
        entity.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** One Server-Sent Event as the stream framed it. */
    record SseEvent(String id, String name, String data) {
    }

    /**
     * A client of the feed stream through the gateway: java.net.http over HTTP/1.1, a daemon thread reading and framing
     * events (comments count as the connection being up), closed by closing the body, which cancels the request.
     */
    static final class FeedStream implements AutoCloseable {

        private final List<SseEvent> events = new CopyOnWriteArrayList<>();
        private final InputStream body;
        private volatile boolean connected;

        private FeedStream(InputStream body) {
            this.body = body;
        }

        static FeedStream open(String url, String bearer) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + bearer).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String problem = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError("The feed stream answered " + response.statusCode() + ": " + problem);
            }
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            FeedStream stream = new FeedStream(response.body());
            Thread reader = new Thread(stream::read, "mentor feed stream");
            reader.setDaemon(true);
            reader.start();
            return stream;
        }

        boolean connected() {
            return connected;
        }

        List<SseEvent> events() {
            return List.copyOf(events);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new SseEvent(id, name, data.substring(0, data.length() - 1)));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        connected = true;
                    } else if (line.startsWith("id:")) {
                        id = value(line);
                    } else if (line.startsWith("event:")) {
                        name = value(line);
                    } else if (line.startsWith("data:")) {
                        data.append(value(line)).append('\n');
                    }
                }
            } catch (IOException closed) {
                // The test closed the stream (or the platform stopped): nothing more to collect.
            }
        }

        private static String value(String line) {
            String value = line.substring(line.indexOf(':') + 1);
            return value.startsWith(" ") ? value.substring(1) : value;
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
