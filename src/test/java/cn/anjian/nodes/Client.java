package cn.anjian.nodes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser-like client (cookie jar, CSRF from the page) or an API client (bearer token), for any node. */
final class Client {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final HttpClient http;
    private String bearer;

    Client() {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        // the session cookie of one host goes to every port of it: node A and node B on 127.0.0.1
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Form login (the browser's way): the login page's CSRF token, then the form. Returns the redirect target. */
    String formLogin(Node node, String username, String password) throws IOException, InterruptedException {
        String page = node.get(http, "/login").body();
        Matcher m = CSRF_INPUT.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        HttpResponse<String> r = send(node, HttpRequest.newBuilder(URI.create(node.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf", token)))));
        return r.headers().firstValue("Location").orElse("");
    }

    /** The CSRF token of the signed-in session, read from a page. */
    String csrf(Node node, String path) throws IOException, InterruptedException {
        Matcher m = CSRF_META.matcher(node.get(http, path).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF meta tag on " + path);
        }
        return m.group(1);
    }

    Client token(Node node, String username, String password, String totp) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(totp == null ? Map.of("username", username, "password", password)
                : Map.of("username", username, "password", password, "totp", totp));
        HttpResponse<String> r = send(node, HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        bearer = JSON.readTree(r.body()).get("token").asString();
        return this;
    }

    HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
        return send(node, auth(HttpRequest.newBuilder(URI.create(node.base() + path))).GET());
    }

    HttpResponse<String> postJson(Node node, String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = auth(HttpRequest.newBuilder(URI.create(node.base() + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(b::header);
        return send(node, b);
    }

    HttpResponse<String> putJson(Node node, String path, Object body) throws IOException, InterruptedException {
        return putJson(node, path, body, Map.of());
    }

    HttpResponse<String> putJson(Node node, String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = auth(HttpRequest.newBuilder(URI.create(node.base() + path)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(b::header);
        return send(node, b);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    String authorization() {
        return "Bearer " + bearer;
    }

    private HttpRequest.Builder auth(HttpRequest.Builder b) {
        return bearer == null ? b : b.header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> send(Node node, HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
