/**
 * {@code "type": "aws"}: EC2 servers, key pairs, AMIs and security groups, and Route 53 records, through the AWS
 * SDK for Java v2 (its blocking clients over Apache HttpClient).
 */
package dev.cloudmaker.aws;
