package org.jsis.namematch.bench.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsis.namematch.bench.eval.Kind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST}): every INDIVIDUAL
 * and ENTITY with its names, aliases, original-script name, dates of birth and nationalities.
 */
public final class UnConsolidatedList {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MAX_RANGE_YEARS = 15;

    private UnConsolidatedList() {}

    public static List<UnRecord> read(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(in);
            List<UnRecord> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            read(doc.getElementsByTagName("INDIVIDUAL"), Kind.PERSON, out, ids);
            read(doc.getElementsByTagName("ENTITY"), Kind.ORGANISATION, out, ids);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + xml, e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not a UN consolidated list: " + xml + ": " + e.getMessage(), e);
        }
    }

    private static void read(NodeList nodes, Kind kind, List<UnRecord> out, Set<String> ids) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String id = text(e, "REFERENCE_NUMBER");
            if (id.isEmpty() || !ids.add(id)) {
                id = "UN-" + text(e, "DATAID");
                ids.add(id);
            }
            List<String> parts = new ArrayList<>();
            for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
                String p = text(e, tag);
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            String original = text(e, "NAME_ORIGINAL_SCRIPT");
            out.add(new UnRecord(
                    id,
                    kind,
                    clean(String.join(" ", parts)),
                    aliases(e, kind == Kind.PERSON ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"),
                    original.isEmpty() ? null : clean(original),
                    kind == Kind.PERSON ? birthDates(e) : List.of(),
                    values(e, "NATIONALITY")));
        }
    }

    private static List<String> aliases(Element e, String tag) {
        List<String> out = new ArrayList<>();
        for (Element a : children(e, tag)) {
            String name = clean(text(a, "ALIAS_NAME"));
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static List<String> birthDates(Element e) {
        List<String> out = new ArrayList<>();
        for (Element d : children(e, "INDIVIDUAL_DATE_OF_BIRTH")) {
            String date = text(d, "DATE");
            String year = text(d, "YEAR");
            String from = text(d, "FROM_YEAR");
            String to = text(d, "TO_YEAR");
            if (DATE.matcher(date).matches()) {
                out.add(date.substring(0, 10));
            } else if (YEAR.matcher(year).matches()) {
                out.add(year);
            } else if (YEAR.matcher(from).matches() && YEAR.matcher(to).matches()) {
                int a = Integer.parseInt(from);
                int b = Integer.parseInt(to);
                for (int y = a; y <= b && y - a < MAX_RANGE_YEARS; y++) {
                    out.add(Integer.toString(y));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static List<String> values(Element e, String tag) {
        List<String> out = new ArrayList<>();
        for (Element n : children(e, tag)) {
            for (Element v : children(n, "VALUE")) {
                String s = clean(v.getTextContent());
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        List<Element> c = children(e, tag);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
    }

    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
