package dev.cloudmaker.triton;

/** CloudAPI's error body ({@code {"code": "ResourceNotFound", "message": "..."}}). */
record ErrorDto(String code, String message) {
}
