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
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The card's portlet as OFBiz will read it: the seed rows use the attributes OFBiz's own portlet data uses, name a
 * screen that exists in this component, and put the portlet on the party profile portal page and a column that
 * OFBiz defines (../shared/ofbiz/applications/party/data/PartyPortletData.xml); the template loads the card from
 * the plugin's webapp.
 */
class PortletContractTest {

    private static final Path COMPONENT = Path.of("src/main/ofbiz/clv");
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\$\\{uiLabelMap\\.(\\w+)}");

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
        String actions = Files.readString(local(((Element) screen.getElementsByTagName("script").item(0))
                .getAttribute("location")));
        assertTrue(actions.contains("ClvComponent.cardToken(userLogin.userLoginId, userLogin.partyId, "
                + "context.clvAdmin)"), actions);
        assertTrue(actions.contains("security.hasPermission('CLV_ADMIN', userLogin)"), actions);
        assertTrue(Files.isRegularFile(Path.of("../plugin-ui/src/main/resources/org/clvplugin/ui/static/"
                + "console.html")), "the console the link opens");
        assertTrue(Files.isRegularFile(Path.of("../plugin-ui/src/main/resources/org/clvplugin/ui/static/"
                + "clv-contact-card.js")), "the module the template loads");
    }

    @Test
    void theSeedRowsFitOfbizsPortletDataAndItsPartyProfilePage() throws Exception {
        Document ofbiz = xml(SharedData.file("ofbiz/applications/party/data/PartyPortletData.xml"));
        Document model = xml(SharedData.file("ofbiz/framework/common/entitydef/entitymodel.xml"));
        Document ours = xml(COMPONENT.resolve("data/ClvPortletData.xml"));
        for (String entity : List.of("PortalPortlet", "PortletPortletCategory", "PortalPagePortlet")) {
            Element definition = rows(model, "entity").stream()
                    .filter(e -> e.getAttribute("entity-name").equals(entity)).findFirst().orElseThrow();
            Set<String> fields = rows(definition.getOwnerDocument(), "field").stream()
                    .filter(f -> f.getParentNode() == definition).map(f -> f.getAttribute("name"))
                    .collect(Collectors.toSet());
            List<Element> mine = rows(ours, entity);
            assertEquals(1, mine.size(), entity);
            for (String attribute : attributes(mine.get(0)).keySet()) {
                assertTrue(fields.contains(attribute), entity + "." + attribute + " is not a field of OFBiz's "
                        + "entity model: " + fields);
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

    @Test
    void thePortletIsOfferedOnlyToUsersItsPermissionServiceAllows() throws Exception {
        Element portlet = rows(xml(COMPONENT.resolve("data/ClvPortletData.xml")), "PortalPortlet").get(0);
        assertEquals("VIEW", portlet.getAttribute("securityMainAction"));
        Element service = rows(xml(COMPONENT.resolve("servicedef/services.xml")), "service").stream()
                .filter(s -> s.getAttribute("name").equals(portlet.getAttribute("securityServiceName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + portlet.getAttribute("securityServiceName")));
        assertEquals("permissionInterface",
                ((Element) service.getElementsByTagName("implements").item(0)).getAttribute("service"));
    }

    @Test
    void everyLabelTheScreenShowsIsLoadedOnTheBranchThatShowsIt() throws Exception {
        Document screens = xml(COMPONENT.resolve("widget/ClvScreens.xml"));
        Map<String, String> labels = new TreeMap<>();
        for (Element property : rows(xml(COMPONENT.resolve("config/ClvUiLabels.xml")), "property")) {
            labels.put(property.getAttribute("key"), property.getTextContent());
        }
        List<String> shown = new ArrayList<>();
        NodeList all = screens.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String text : attributes(e).values()) {
                java.util.regex.Matcher m = LABEL.matcher(text);
                while (m.find()) {
                    shown.add(m.group(1));
                    assertTrue(labels.containsKey(m.group(1)), "label " + m.group(1) + " is in ClvUiLabels.xml");
                    assertTrue(labelsLoadedAt(e).contains("ClvUiLabels"), "<" + e.getLocalName() + "> shows "
                            + m.group(1) + " where no enclosing section that runs has loaded ClvUiLabels");
                }
            }
        }
        assertTrue(shown.containsAll(List.of("ClvContactCardTitle", "ClvNoPermission")), "the title and the "
                + "refusal: " + shown);
    }

    /**
     * The label resources loaded where an element is rendered, as OFBiz renders a section: its actions run only when
     * its condition holds, before its widgets; when it fails, only its fail-widgets render.
     */
    private static Set<String> labelsLoadedAt(Element element) {
        Set<String> loaded = new java.util.HashSet<>();
        Node child = element;
        for (Node n = element.getParentNode(); n instanceof Element parent; child = n, n = n.getParentNode()) {
            if (parent.getLocalName().equals("section") && !((Element) child).getLocalName().equals("fail-widgets")) {
                for (Node a = parent.getFirstChild(); a != null; a = a.getNextSibling()) {
                    if (a instanceof Element actions && actions.getLocalName().equals("actions")) {
                        NodeList maps = actions.getElementsByTagNameNS("*", "property-map");
                        for (int i = 0; i < maps.getLength(); i++) {
                            loaded.add(((Element) maps.item(i)).getAttribute("resource"));
                        }
                    }
                }
            }
        }
        return loaded;
    }
}
