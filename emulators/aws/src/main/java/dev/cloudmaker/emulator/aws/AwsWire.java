package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.Operation;
import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.http.ActionRouter;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.Call;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.http.Refusal;
import dev.cloudmaker.emulator.kit.http.Resolved;
import dev.cloudmaker.emulator.kit.http.RouteMatch;
import dev.cloudmaker.emulator.kit.http.Wire;
import dev.cloudmaker.emulator.kit.http.WireRequest;
import dev.cloudmaker.emulator.kit.rate.RateDecision;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two protocols on one port, as Ansible's single endpoint URL needs: a path under {@code /2013-04-01/} is Route 53
 * (REST-XML, {@code ErrorResponse} errors, {@code Throttling} 400), anything else EC2's Query API ({@code Action} in
 * a form body or the query string, {@code Response/Errors} errors, {@code RequestLimitExceeded} 503). Every request
 * must carry a SigV4 signature made with the emulator's key ({@link SigV4Verifier}); its scope's region picks the
 * EC2 region. Rate limits count per access key and API class (EC2 describes, RunInstances, other EC2 changes,
 * Route 53), each its own token bucket, as EC2 meters by category.
 */
final class AwsWire implements Wire {
    private final ActionRouter<Ec2Action> ec2;
    private final PathRouter<Route53Endpoint> route53;
    private final SigV4Verifier verifier;
    private final AwsState state;

    AwsWire(ActionRouter<Ec2Action> ec2, PathRouter<Route53Endpoint> route53, SigV4Verifier verifier, AwsState state) {
        this.ec2 = ec2;
        this.route53 = route53;
        this.verifier = verifier;
        this.state = state;
    }

    static boolean isRoute53(WireRequest request) {
        return request.path().startsWith(ZoneHandler.BASE + "/") || request.path().equals(ZoneHandler.BASE);
    }

    @Override
    public List<String> operations() {
        return Stream.concat(ec2.operations().stream(), route53.operations().stream()).toList();
    }

    @Override
    public Resolved resolve(WireRequest request) {
        if (isRoute53(request)) {
            Optional<RouteMatch<Route53Endpoint>> match = route53.match(request.method(), request.path());
            String name = match.map(RouteMatch::operation).orElse(Operation.UNKNOWN);
            return new Resolved(new Operation(name, classOf(name)), call -> route53(call, name, match));
        }
        Map<String, String> params = ActionRouter.parameters(request);
        Optional<RouteMatch<Ec2Action>> match = ec2.match(request);
        String name = match.map(RouteMatch::operation).orElse(Operation.UNKNOWN);
        return new Resolved(new Operation(name, classOf(name)), call -> ec2(call, params, match));
    }

    static OperationClass classOf(String operation) {
        if (operation.startsWith("Describe") || operation.startsWith("List")) {
            return OperationClass.LIST;
        }
        if (operation.startsWith("Get") || operation.equals(Operation.UNKNOWN)) {
            return OperationClass.READ;
        }
        return switch (operation) {
            case "RunInstances" -> OperationClass.CREATE;
            case "StartInstances", "StopInstances", "RebootInstances", "ModifyInstanceAttribute", "CreateImage" ->
                    OperationClass.ACTION;
            case "TerminateInstances", "DeleteKeyPair", "DeleteSecurityGroup", "DeregisterImage", "DeleteHostedZone" ->
                    OperationClass.DELETE;
            case "ChangeResourceRecordSets" -> OperationClass.DNS_WRITE;
            default -> OperationClass.WRITE;
        };
    }

    private ApiResponse ec2(Call call, Map<String, String> params, Optional<RouteMatch<Ec2Action>> match) {
        try {
            String action = params.get("Action");
            if (action == null || action.isEmpty()) {
                throw Ec2Error.invalid("MissingAction", "The request must contain the parameter Action");
            }
            if (match.isEmpty()) {
                throw Ec2Error.invalid("InvalidAction", "The action " + action + " is not valid for this web service.");
            }
            String region = verifier.verify(call.request()).region();
            if (!Catalog.isRegion(region)) {
                throw new Ec2Error(401, "AuthFailure", "Credential should be scoped to a valid region, not '" + region + "'.");
            }
            Ec2Params p = new Ec2Params(params);
            if (p.bool("DryRun")) {
                throw new Ec2Error(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
            }
            Ec2Request r = new Ec2Request(action, p, state, state.region(region), call.requestId(), state.now(),
                    call.staleFor());
            return new ApiResponse(200, "text/xml;charset=UTF-8", match.get().route().handler().handle(r).bytes());
        } catch (Ec2Error e) {
            return new ApiResponse(e.status(), "text/xml;charset=UTF-8", e.body(call.requestId()));
        } catch (RuntimeException e) { // an emulator bug: answered as EC2 answers its own, and said what it was
            Ec2Error internal = new Ec2Error(500, "InternalError", "An internal error has occurred: " + e);
            return new ApiResponse(500, "text/xml;charset=UTF-8", internal.body(call.requestId()));
        }
    }

    private ApiResponse route53(Call call, String name, Optional<RouteMatch<Route53Endpoint>> match) {
        try {
            if (match.isEmpty()) {
                throw new Route53Error(404, "UnknownOperationException", "No operation at " + call.request().path());
            }
            if (match.get().route() == null) {
                throw new Route53Error(405, "MethodNotAllowed", call.request().method() + " is not allowed on "
                        + call.request().path());
            }
            Route53Request r = new Route53Request(name, match.get().params(), call.request().query(),
                    call.request().body(), state, call.requestId(), state.now());
            return match.get().route().handler().handle(r);
        } catch (Route53Error e) {
            return new ApiResponse(e.status(), RecordHandler.XML, e.body(call.requestId()));
        } catch (RuntimeException e) { // an emulator bug: answered as Route 53 answers its own, and said what it was
            Route53Error internal = new Route53Error(500, "InternalFailure", "An internal error has occurred: " + e);
            return new ApiResponse(500, RecordHandler.XML, internal.body(call.requestId()));
        }
    }

    @Override
    public Optional<String> authenticate(WireRequest request) {
        try {
            return Optional.of(verifier.verify(request).accessKeyId() + "/" + bucket(request));
        } catch (SigV4Failure e) {
            return Optional.empty();
        }
    }

    /** The token bucket a request draws from. */
    private static String bucket(WireRequest request) {
        if (isRoute53(request)) {
            return "route53";
        }
        String action = String.valueOf(ActionRouter.parameters(request).get("Action"));
        return action.startsWith("Describe") ? "ec2-describe" : action.equals("RunInstances") ? "ec2-run" : "ec2-mutate";
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId) {
        return ec2Refusal(refusal, requestId, null);
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId, WireRequest request) {
        return isRoute53(request) ? route53Refusal(refusal, requestId, request) : ec2Refusal(refusal, requestId, request);
    }

    private ApiResponse ec2Refusal(Refusal refusal, String requestId, WireRequest request) {
        Ec2Error e = switch (refusal) {
            case Refusal.Unauthenticated u -> {
                SigV4Failure f = failure(request);
                yield new Ec2Error(f.ec2Status(), f.code(), f.getMessage());
            }
            case Refusal.Throttled t -> new Ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.");
            case Refusal.ServerError s -> s.status() == 503
                    ? new Ec2Error(503, "Unavailable", "The service is unavailable. Please try again shortly.")
                    : new Ec2Error(s.status(), "InternalError", "An internal error has occurred");
        };
        return new ApiResponse(e.status(), "text/xml;charset=UTF-8", e.body(requestId));
    }

    private ApiResponse route53Refusal(Refusal refusal, String requestId, WireRequest request) {
        Route53Error e = switch (refusal) {
            case Refusal.Unauthenticated u -> {
                SigV4Failure f = failure(request);
                yield new Route53Error(f.route53Status(), f.route53Code(), f.getMessage());
            }
            case Refusal.Throttled t -> new Route53Error(400, "Throttling", "Rate exceeded");
            case Refusal.ServerError s -> s.status() == 503
                    ? new Route53Error(503, "ServiceUnavailable", "Service Unavailable")
                    : new Route53Error(s.status(), "InternalFailure", "An internal error has occurred");
        };
        return new ApiResponse(e.status(), RecordHandler.XML, e.body(requestId));
    }

    /** Why the request's signature is refused (it was, or the pipeline would not ask). */
    private SigV4Failure failure(WireRequest request) {
        if (request == null) {
            return new SigV4Failure("AuthFailure", "AWS was not able to validate the provided access credentials");
        }
        try {
            verifier.verify(request);
            return new SigV4Failure("AuthFailure", "The access key has been revoked.");
        } catch (SigV4Failure f) {
            return f;
        }
    }

    @Override
    public Map<String, String> headers(String requestId, RateDecision rate, boolean throttled) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-amzn-RequestId", requestId);
        return h;
    }

    @Override
    public boolean isList(String method, ApiResponse response) {
        if (response.status() != 200) {
            return false;
        }
        String head = new String(response.body(), 0, Math.min(response.body().length, 120), StandardCharsets.UTF_8);
        return head.contains("<Describe") || head.contains("<List");
    }
}
