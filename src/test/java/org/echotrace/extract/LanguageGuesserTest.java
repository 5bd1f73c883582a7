package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    /** One invented news sentence or two per language, long enough to be told apart. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("en", "The ferry to the island was cancelled on Monday because of the storm, and the port"
                    + " authority said that it would resume service when the wind has dropped."),
            Map.entry("de", "Die Fähre zur Insel wurde am Montag wegen des Sturms abgesagt, und die Hafenbehörde"
                    + " sagte, dass sie den Betrieb wieder aufnehmen wird, wenn der Wind nachlässt."),
            Map.entry("fr", "Le ferry pour l'île a été annulé lundi à cause de la tempête, et l'autorité du port"
                    + " a dit que le service reprendra dans la semaine avec les mêmes horaires qui sont prévus."),
            Map.entry("es", "El ferry a la isla fue cancelado el lunes por la tormenta, y la autoridad del puerto"
                    + " dijo que el servicio se reanudará cuando el viento se calme en la costa."),
            Map.entry("it", "Il traghetto per l'isola è stato cancellato lunedì per la tempesta, e l'autorità"
                    + " del porto ha detto che il servizio riprenderà quando il vento si calmerà nella zona."),
            Map.entry("pt", "O ferry para a ilha foi cancelado na segunda-feira por causa da tempestade, e a"
                    + " autoridade do porto disse que o serviço será retomado quando o vento acalmar na costa."),
            Map.entry("nl", "De veerboot naar het eiland werd maandag geannuleerd vanwege de storm, en de"
                    + " havenautoriteit zei dat de dienst wordt hervat als de wind is gaan liggen bij de kust."),
            Map.entry("ru", "Паром на остров был отменён в понедельник из-за шторма, и администрация порта"
                    + " сообщила, что движение возобновится, когда ветер утихнет, но только на один рейс."),
            Map.entry("uk", "Пором на острів було скасовано в понеділок через шторм, і адміністрація порту"
                    + " повідомила, що рух відновиться, коли вітер вщухне, але лише на один рейс до вечора."),
            Map.entry("pl", "Prom na wyspę został odwołany w poniedziałek z powodu sztormu, a zarząd portu"
                    + " poinformował, że kursy zostaną wznowione, gdy wiatr się uspokoi i nie będzie fal."),
            Map.entry("tr", "Adaya giden feribot fırtına nedeniyle pazartesi günü iptal edildi ve liman idaresi"
                    + " rüzgar dindikten sonra seferlerin yeniden başlayacağını ve bu hafta için bir"
                    + " değişiklik olmayacağını açıkladı, ama yolcular için çok daha fazla bilgi yok."),
            Map.entry("ar", "ألغيت العبارة إلى الجزيرة يوم الاثنين بسبب العاصفة، وقالت سلطة الميناء إن الخدمة"
                    + " ستستأنف بعد أن تهدأ الرياح في هذه المنطقة التي تقع على الساحل، كما أن الرحلات لا تزال"
                    + " متوقفة في الميناء الذي كان مغلقا منذ يوم الأحد."));

    @Test
    void recognisesTwelveLanguagesFromAShortParagraph() {
        SAMPLES.forEach((lang, text) -> assertEquals(Optional.of(lang), LanguageGuesser.guess(text), lang));
    }

    @Test
    void saysNothingForShortOrUnclearText() {
        assertEquals(Optional.empty(), LanguageGuesser.guess("Breaking news"));
        assertEquals(Optional.empty(), LanguageGuesser.guess(""));
        assertEquals(Optional.empty(), LanguageGuesser.guess("12 345 678 910 11 12 13 14 15 16 17 18 19 20"));
        assertEquals(Optional.empty(), LanguageGuesser.guess(
                "Kesh Tulcea Meridian Wren Arkwright Northwind Valley Courier Selma Tomas Brno Iasi Galati"));
    }

    @Test
    void givesTheSameAnswerEveryTime() {
        String text = SAMPLES.get("pt") + " " + SAMPLES.get("es");
        Optional<String> first = LanguageGuesser.guess(text);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, LanguageGuesser.guess(text));
        }
    }
}
