package cn.anjian;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.StaticMethodMatcher;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.annotation.SecurityAnnotationScanner;
import org.springframework.security.core.annotation.SecurityAnnotationScanners;

/**
 * Every controller method states the permission it needs with {@code @PreAuthorize} (IAM-01).
 * <p>
 * Method security is Spring's {@code @PreAuthorize} advisor with one difference: a method whose annotation is the
 * literal {@code permitAll()} is not advised, because that expression grants everyone, so evaluating it per call
 * (a proxy, an evaluation context and SpEL: 8.6 % of an uncached public page's JVM samples) changes nothing. Deny by
 * default does not rest on this advisor: {@code PermissionDeclaredInterceptor} refuses a handler without a
 * declaration, and {@code PermissionDeclarationTests} fails the build for one. The application uses no
 * {@code @PostAuthorize}, {@code @PreFilter} or {@code @PostFilter}; those stay disabled with {@code prePostEnabled}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeAdvisor(ApplicationContext context,
            ObjectProvider<ObjectPostProcessor<AuthorizationManager<MethodInvocation>>> postProcessor) {
        PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
        manager.setApplicationContext(context);
        // as Spring's own configuration does (the authorization observation when an observation registry exists)
        AuthorizationManager<MethodInvocation> processed = postProcessor.getIfUnique(ObjectPostProcessor::identity)
                .postProcess(manager);
        var advisor = new AuthorizationManagerBeforeMethodInterceptor(restrictedPointcut(), processed);
        advisor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return advisor;
    }

    /** Methods whose effective {@code @PreAuthorize} (the method's, else the class's) is anything but {@code permitAll()}. */
    static Pointcut restrictedPointcut() {
        Pointcut annotated = new ComposablePointcut(new AnnotationMatchingPointcut(null, PreAuthorize.class, true))
                .union(new AnnotationMatchingPointcut(PreAuthorize.class, true));
        return new ComposablePointcut(annotated).intersection(new NotPermitAll());
    }

    /** The annotation as the manager finds it, so the advisor and the manager never disagree on which applies. */
    private static final class NotPermitAll extends StaticMethodMatcher {
        private final SecurityAnnotationScanner<PreAuthorize> scanner = SecurityAnnotationScanners.requireUnique(PreAuthorize.class);

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            var found = scanner.scan(method, targetClass);
            return found != null && !"permitAll()".equals(found.value().strip());
        }
    }
}
