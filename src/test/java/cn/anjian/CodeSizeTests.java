package cn.anjian;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size limits of the codebase (issue 8), so every later module copies small classes: a main class
 * under 400 lines, a method under 60 lines, a bean with at most 7 constructor dependencies. A method's
 * length is read from the compiled line table (first to last line with code), which ignores comments
 * and blank lines before it but counts everything inside.
 */
class CodeSizeTests {

    static final Path MAIN_SOURCES = Path.of("src/main/java");
    static final Path MAIN_CLASSES = Path.of("target/classes");
    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;
    static final int MAX_DEPENDENCIES = 7;

    @Test
    @DisplayName("no main source file has 400 lines or more")
    void classes() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines >= MAX_CLASS_LINES) {
                    tooLong.add(MAIN_SOURCES.relativize(f) + " " + lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    @DisplayName("no method spans more than 60 lines (demo loaders included)")
    void methods() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    new ClassReader(in).accept(new LineSpans(tooLong), 0);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    @DisplayName("no bean takes more than 7 constructor dependencies")
    void dependencies() throws Exception {
        List<String> tooMany = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = MAIN_CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!isBean(type)) {
                    continue;
                }
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (c.getParameterCount() > MAX_DEPENDENCIES) {
                        tooMany.add(name + " " + c.getParameterCount());
                    }
                }
            }
        }
        assertThat(tooMany).isEmpty();
    }

    private static boolean isBean(Class<?> type) {
        if (type.isInterface() || type.isRecord() || Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        return type.isAnnotationPresent(Component.class) || type.isAnnotationPresent(Service.class)
                || type.isAnnotationPresent(Repository.class) || type.isAnnotationPresent(Controller.class)
                || type.isAnnotationPresent(RestController.class)
                || type.isAnnotationPresent(org.springframework.context.annotation.Configuration.class);
    }

    /** Collects methods whose line table spans more than the limit. */
    private static final class LineSpans extends ClassVisitor {

        private final List<String> tooLong;
        private String owner;

        LineSpans(List<String> tooLong) {
            super(Opcodes.ASM9);
            this.tooLong = tooLong;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            // initialisers gather field initialisers from all over the class: their span is not a method's length
            if ((access & Opcodes.ACC_SYNTHETIC) != 0 || name.equals("<init>") || name.equals("<clinit>")) {
                return null;
            }
            return new MethodVisitor(Opcodes.ASM9) {
                int min = Integer.MAX_VALUE;
                int max = Integer.MIN_VALUE;

                @Override
                public void visitLineNumber(int line, Label start) {
                    min = Math.min(min, line);
                    max = Math.max(max, line);
                }

                @Override
                public void visitEnd() {
                    if (max >= min && max - min + 1 > MAX_METHOD_LINES) {
                        tooLong.add(owner + "." + name + " " + (max - min + 1));
                    }
                }
            };
        }
    }
}
