package org.jsis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The layout's model attributes reach every page controller: each {@code @Controller} of JSIS that is not a
 * {@code @RestController} is a {@link ConsolePage}, and the layout advice applies to those (and no REST
 * controller).
 */
class ConsolePageTests {

    @Test
    void everyPageControllerIsAConsolePageAndNoRestControllerIs() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> pages = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.jsis")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            boolean json = AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class);
            boolean marked = type.isAnnotationPresent(ConsolePage.class);
            (json ? rest : pages).add(type.getSimpleName());
            assertThat(marked)
                    .as(
                            "%s: a @Controller that renders pages must be a @ConsolePage (and a @RestController not)",
                            type.getName())
                    .isEqualTo(!json);
        }
        assertThat(pages).contains("BorderPageController", "HomeController", "LoginController");
        assertThat(rest).contains("CrossingController");
        ControllerAdvice advice = ConsoleLayout.class.getAnnotation(ControllerAdvice.class);
        assertThat(advice.annotations()).containsExactly(ConsolePage.class);
    }
}
