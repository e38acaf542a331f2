package org.clvplugin.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The sign-in page speaks every language the pages speak, each text its own (none left in English). */
class SignInTextsTest {

    @Test
    void everyLanguageHasEveryText() {
        assertEquals(Set.of("en", "nb", "da", "de", "uk"), SignInTexts.all().keySet());
        SignInTexts en = SignInTexts.of("en");
        SignInTexts.all().forEach((language, t) -> {
            for (var component : SignInTexts.class.getRecordComponents()) {
                String text;
                String english;
                try {
                    text = (String) component.getAccessor().invoke(t);
                    english = (String) component.getAccessor().invoke(en);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                assertFalse(text == null || text.isBlank(), language + " " + component.getName());
                // The product's name may stay as it is; the words around it may not.
                assertTrue(language.equals("en") || component.getName().equals("heading") || !text.equals(english),
                        language + " copies English in " + component.getName());
            }
            assertTrue(t.refused().contains("{minutes}") && t.refused().contains("{attempts}"), language);
        });
        assertEquals(en, SignInTexts.of("fr"), "a language the pages do not speak: English");
    }
}
