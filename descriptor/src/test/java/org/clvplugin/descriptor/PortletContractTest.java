package org.clvplugin.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The card's portlet as OFBiz will read it: the seed rows use the attributes OFBiz's own portlet data uses, name a
 * screen that exists in this component, and put the portlet on the party profile portal page and a column that
 * OFBiz defines (../shared/ofbiz/applications/party/data/PartyPortletData.xml); the template loads the card from
 * the plugin's webapp.
 */
class PortletContractTest {

    private static final Path COMPONENT = Path.of("src/main/ofbiz/clv");

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> rows(Document d, String entity) {
        NodeList list = d.getDocumentElement().getElementsByTagName(entity);
        List<Element> rows = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            rows.add((Element) list.item(i));
        }
        return rows;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> a = new TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            a.put(e.getAttributes().item(i).getNodeName(), e.getAttributes().item(i).getNodeValue());
        }
        return a;
    }

    private static String attributesOf(NodeList elements) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < elements.getLength(); i++) {
            all.append(attributes((Element) elements.item(i))).append('\n');
        }
        return all.toString();
    }

    /** component://clv/... as a file of this component. */
    private static Path local(String location) {
        assertTrue(location.startsWith("component://clv/"), location);
        return COMPONENT.resolve(location.substring("component://clv/".length()));
    }

    @Test
    void thePortletNamesAScreenOfThisComponentWhoseTemplateLoadsTheCard() throws Exception {
        Element portlet = rows(xml(COMPONENT.resolve("data/ClvPortletData.xml")), "PortalPortlet").get(0);
        Path screens = local(portlet.getAttribute("screenLocation"));
        assertTrue(Files.isRegularFile(screens), screens.toString());
        Document d = xml(screens);
        Element screen = rows(d, "screen").stream()
                .filter(s -> s.getAttribute("name").equals(portlet.getAttribute("screenName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no screen " + portlet.getAttribute("screenName")));
        Element permission = (Element) screen.getElementsByTagName("if-has-permission").item(0);
        assertEquals("CLV_VIEW", permission.getAttribute("permission") + permission.getAttribute("action"));
        Path template = local(((Element) screen.getElementsByTagName("html-template").item(0))
                .getAttribute("location"));
        String ftl = Files.readString(template);
        assertTrue(ftl.contains("<script type=\"module\" src=\"/clv/ui/clv-contact-card.js\"></script>"), ftl);
        assertTrue(ftl.contains("<clv-contact-card party-id=\"${partyId!}\" token=\"${clvToken!}\""), ftl);
        assertTrue(ftl.contains("<#if clvAdmin!false>") && ftl.contains("/clv/ui/console.html#token=${clvToken!}"),
                "admins get the console's link, the token in the fragment");
        String actions = ((Element) screen.getElementsByTagName("actions").item(0)).getTextContent()
                + attributesOf(screen.getElementsByTagName("set"));
        assertTrue(actions.contains("ClvComponent.cardToken(userLogin.userLoginId, userLogin.partyId, clvAdmin)"),
                actions);
        assertTrue(actions.contains("security.hasPermission('CLV_ADMIN', userLogin)"), actions);
        assertTrue(Files.isRegularFile(Path.of("../plugin-ui/src/main/resources/org/clvplugin/ui/static/"
                + "console.html")), "the console the link opens");
        assertTrue(Files.isRegularFile(Path.of("../plugin-ui/src/main/resources/org/clvplugin/ui/static/"
                + "clv-contact-card.js")), "the module the template loads");
    }

    @Test
    void theSeedRowsFitOfbizsPortletDataAndItsPartyProfilePage() throws Exception {
        Document ofbiz = xml(SharedData.file("ofbiz/applications/party/data/PartyPortletData.xml"));
        Document ours = xml(COMPONENT.resolve("data/ClvPortletData.xml"));
        for (String entity : List.of("PortalPortlet", "PortletPortletCategory", "PortalPagePortlet")) {
            Set<String> used = rows(ofbiz, entity).stream().flatMap(e -> attributes(e).keySet().stream())
                    .collect(Collectors.toSet());
            List<Element> mine = rows(ours, entity);
            assertEquals(1, mine.size(), entity);
            for (String attribute : attributes(mine.get(0)).keySet()) {
                assertTrue(used.contains(attribute), entity + "." + attribute + " is not a field OFBiz's data uses: "
                        + used);
            }
        }
        Element placed = rows(ours, "PortalPagePortlet").get(0);
        assertEquals("PartyProfile", placed.getAttribute("portalPageId"));
        assertTrue(rows(ofbiz, "PortalPageColumn").stream().anyMatch(c -> c.getAttribute("portalPageId")
                .equals("PartyProfile") && c.getAttribute("columnSeqId").equals(placed.getAttribute("columnSeqId"))),
                "a column of the party profile page");
        assertTrue(rows(ofbiz, "PortletCategory").stream().anyMatch(c -> c.getAttribute("portletCategoryId")
                .equals(rows(ours, "PortletPortletCategory").get(0).getAttribute("portletCategoryId"))));
        String id = rows(ours, "PortalPortlet").get(0).getAttribute("portalPortletId");
        assertTrue(rows(ofbiz, "PortalPortlet").stream().noneMatch(p -> p.getAttribute("portalPortletId").equals(id)),
                "our portlet id does not clash with OFBiz's");
        assertTrue(id.length() <= 20, "portalPortletId is an OFBiz id (20 characters)");
    }
}
