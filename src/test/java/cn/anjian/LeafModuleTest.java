package cn.anjian;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A module bootstrapped alone ({@code @ApplicationModuleTest}, standalone: its dependencies must be
 * absent or the context fails) on the shared module-test database. For leaf modules: proves they run
 * without any other module. All module tests use exactly this, so their contexts differ only by module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@Import(ModuleTestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
public @interface LeafModuleTest {
}
