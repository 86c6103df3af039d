package org.entente.notify.feedaccess;

import static org.entente.platform.security.AccessRules.rolesOrAdmin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.entente.platform.web.ProblemResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GET of an agreement's calendar.ics or feed.atom that carries {@code ?feedToken=} is read
 * as the user who owns the token, with no bearer token: calendar and feed applications cannot
 * send one. This chain matches those two reads only, so the token opens nothing else; on any
 * other endpoint the parameter means nothing and the platform's bearer rules apply. The reader
 * still needs a role that may read feeds, and sees what that user sees (restricted agreements
 * stay hidden).
 */
@Configuration(proxyBeanMethods = false)
class FeedTokenSecurity {

    static final String PARAMETER = "feedToken";

    static final String PERSONAL_CALENDAR = "/api/calendar.ics";
    private static final RequestMatcher OWN_CALENDAR =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PERSONAL_CALENDAR);
    private static final RequestMatcher FEEDS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/agreements/*/calendar.ics"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/agreements/*/feed.atom"),
            OWN_CALENDAR);

    /** Before the platform's chain, which would ask for a bearer token. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain feedTokenChain(HttpSecurity http, FeedTokens tokens, JsonMapper json) throws Exception {
        http.securityMatcher(request -> FEEDS.matches(request) && request.getParameter(PARAMETER) != null)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new FeedTokenFilter(tokens, json), AnonymousAuthenticationFilter.class)
                // Anyone's own calendar holds only what they follow and may see; an agreement's feeds need a reading role.
                .authorizeHttpRequests(requests -> requests.requestMatchers(OWN_CALENDAR).authenticated()
                        .anyRequest().hasAnyRole(rolesOrAdmin(Role.STAFF, Role.MANAGER)))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        ProblemResponses.write(response, json, HttpStatus.FORBIDDEN, "Forbidden",
                                "This feed token's user may not read feeds.")));
        return http.build();
    }

    /** The OpenAPI document shows the parameter on the two feeds it opens. */
    @Bean
    OpenApiCustomizer feedTokenParameter() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (item.getGet() != null && (path.endsWith("/calendar.ics") || path.endsWith("/feed.atom"))) {
                item.getGet().addParametersItem(new QueryParameter().name(PARAMETER).required(false)
                        .schema(new StringSchema().maxLength(100))
                        .description("Your feed token (GET /api/feed-token), instead of a bearer token"));
            }
        });
    }

    /** Who a feed token reads as: its user, with the roles they had when they took it. */
    static final class FeedTokenAuthentication extends AbstractAuthenticationToken {

        private final transient Caller reader;

        FeedTokenAuthentication(Caller reader) {
            super(reader.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.reader = reader;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Caller getPrincipal() {
            return reader;
        }
    }

    static final class FeedTokenFilter extends OncePerRequestFilter {

        private final FeedTokens tokens;
        private final JsonMapper json;

        FeedTokenFilter(FeedTokens tokens, JsonMapper json) {
            this.tokens = tokens;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String token = request.getParameter(PARAMETER);
            Optional<FeedToken> owner = token.length() > 100 ? Optional.empty() : tokens.find(token);
            if (owner.isEmpty()) {
                ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "This feed token is not valid; it may have been renewed. Take the current one from /api/feed-token.");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new FeedTokenAuthentication(owner.get().reader()));
            chain.doFilter(request, response);
        }
    }
}
