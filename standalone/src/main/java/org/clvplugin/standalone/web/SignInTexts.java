package org.clvplugin.standalone.web;

import java.util.Map;

/** The sign-in page's words in the UI's five languages. */
record SignInTexts(String title, String heading, String lead, String user, String password, String button,
                   String refused, String tooLarge, String expired) {

    private static final Map<String, SignInTexts> BY_LANGUAGE = Map.of(
            "en", new SignInTexts("Sign in", "Customer lifetime value",
                    "Sign in to see what your contacts are worth and which tier they are in.", "User name",
                    "Password", "Sign in",
                    "Wrong user name or password, or the account is locked for {minutes} minutes after {attempts}"
                            + " failed attempts.",
                    "The sign-in form is too large.",
                    "The sign-in form expired or did not come from this page. Please sign in again."),
            "nb", new SignInTexts("Logg inn", "Kundelivstidsverdi",
                    "Logg inn for å se hva kontaktene dine er verdt og hvilket nivå de er på.", "Brukernavn",
                    "Passord", "Logg inn",
                    "Feil brukernavn eller passord, eller kontoen er låst i {minutes} minutter etter {attempts}"
                            + " mislykkede forsøk.",
                    "Innloggingsskjemaet er for stort.",
                    "Innloggingsskjemaet er utløpt eller kom ikke fra denne siden. Logg inn på nytt."),
            "da", new SignInTexts("Log ind", "Kundelivstidsværdi",
                    "Log ind for at se, hvad dine kontakter er værd, og hvilket niveau de er på.", "Brugernavn",
                    "Adgangskode", "Log ind",
                    "Forkert brugernavn eller adgangskode, eller kontoen er låst i {minutes} minutter efter {attempts}"
                            + " mislykkede forsøg.",
                    "Loginformularen er for stor.",
                    "Loginformularen er udløbet eller kom ikke fra denne side. Log ind igen."),
            "de", new SignInTexts("Anmelden", "Customer Lifetime Value",
                    "Melden Sie sich an, um zu sehen, was Ihre Kontakte wert sind und in welcher Stufe sie sind.",
                    "Benutzername", "Passwort", "Anmelden",
                    "Falscher Benutzername oder falsches Passwort, oder das Konto ist nach {attempts} Fehlversuchen für"
                            + " {minutes} Minuten gesperrt.",
                    "Das Anmeldeformular ist zu groß.",
                    "Das Anmeldeformular ist abgelaufen oder stammt nicht von dieser Seite. Bitte melden Sie sich"
                            + " erneut an."),
            "uk", new SignInTexts("Вхід", "Цінність клієнта",
                    "Увійдіть, щоб бачити, скільки варті ваші контакти і на якому вони рівні.", "Ім’я користувача",
                    "Пароль", "Увійти",
                    "Неправильне ім’я користувача або пароль, або обліковий запис заблоковано на {minutes} хвилин"
                            + " після {attempts} невдалих спроб.",
                    "Форма входу завелика.",
                    "Термін дії форми входу минув або вона надійшла не з цієї сторінки. Увійдіть ще раз."));

    /** The texts of a language the pages speak (see {@link PageServlet#language}), English otherwise. */
    static SignInTexts of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    /** Every language's texts (for the test that none is missing). */
    static Map<String, SignInTexts> all() {
        return BY_LANGUAGE;
    }
}
