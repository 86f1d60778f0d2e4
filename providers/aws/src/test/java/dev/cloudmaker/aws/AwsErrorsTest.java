package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsErrorsTest {
    @ParameterizedTest
    @CsvSource({"InvalidInstanceID.NotFound,400,NOT_FOUND", "NoSuchHostedZone,404,NOT_FOUND",
            "InvalidKeyPair.NotFound,400,NOT_FOUND", "RequestLimitExceeded,503,THROTTLED", "Throttling,400,THROTTLED",
            "AuthFailure,401,AUTH", "UnauthorizedOperation,403,AUTH", "IncorrectInstanceState,400,CONFLICT",
            "IdempotentParameterMismatch,400,CONFLICT", "InvalidKeyPair.Duplicate,400,CONFLICT",
            "InvalidChangeBatch,400,CONFLICT", "InvalidParameterValue,400,INVALID", "InternalError,500,SERVER"})
    void awsCodesMeanWhatTheySay(String code, int status, Kind kind) {
        assertThat(AwsErrors.kind(code, status)).isEqualTo(kind);
    }

    @Test
    void aServiceErrorKeepsCodeMessageAndRequestId() {
        AwsServiceException e = AwsServiceException.builder().statusCode(400).requestId("req-1")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidInstanceID.NotFound")
                        .errorMessage("The instance ID 'i-1' does not exist").build()).build();
        ApiException api = AwsErrors.translate("EC2 DescribeInstances", e);
        assertThat(api.isNotFound()).isTrue();
        assertThat(api.errorId()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(api.requestId()).isEqualTo("req-1");
        assertThat(api.getMessage()).contains("EC2 DescribeInstances", "does not exist");
    }

    @Test
    void noAnswerToALaunchLeavesItsOutcomeUnknownButAReadsIsKnown() {
        SdkClientException reset = SdkClientException.create("Connection reset");
        assertThat(AwsErrors.translate("EC2 RunInstances", reset).outcomeUnknown()).isTrue();
        assertThat(AwsErrors.translate("EC2 RunInstances", reset).kind()).isEqualTo(Kind.TRANSPORT);
        assertThat(AwsErrors.translate("EC2 DescribeInstances", reset).outcomeUnknown()).isFalse();
    }
}
