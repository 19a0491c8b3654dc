package be.thorpark.ledger.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A request that is never sent: what the security rules are asked about to learn who may call an
 * endpoint. It answers only what request matchers read (method, path, parameters, attributes,
 * dispatcher type).
 */
final class ProbeRequest {

    private ProbeRequest() {}

    static HttpServletRequest of(String method, String path, Map<String, String> parameters) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request =
                (HttpServletRequest)
                        Proxy.newProxyInstance(
                                ProbeRequest.class.getClassLoader(),
                                new Class<?>[] {HttpServletRequest.class},
                                (proxy, called, args) ->
                                        switch (called.getName()) {
                                            case "getMethod" -> method;
                                            case "getRequestURI", "getServletPath" -> path;
                                            case "getContextPath" -> "";
                                            case "getPathInfo",
                                                    "getQueryString",
                                                    "getHeader",
                                                    "getRemoteUser",
                                                    "getHttpServletMapping" ->
                                                    null;
                                            case "getParameter" -> parameters.get((String) args[0]);
                                            case "getParameterMap" -> Map.of();
                                            case "getParameterNames",
                                                    "getHeaderNames",
                                                    "getAttributeNames" ->
                                                    Collections.emptyEnumeration();
                                            case "getHeaders" -> Collections.emptyEnumeration();
                                            case "getDispatcherType" -> DispatcherType.REQUEST;
                                            case "getAttribute" -> attributes.get((String) args[0]);
                                            case "setAttribute" ->
                                                    attributes.put((String) args[0], args[1]);
                                            case "removeAttribute" ->
                                                    attributes.remove((String) args[0]);
                                            case "isSecure" -> false;
                                            case "hashCode" -> System.identityHashCode(proxy);
                                            case "equals" -> proxy == args[0];
                                            case "toString" -> method + " " + path;
                                            default ->
                                                    throw new UnsupportedOperationException(
                                                            called.getName());
                                        });
        ServletRequestPathUtils.setParsedRequestPath(RequestPath.parse(path, ""), request);
        return request;
    }
}
