package cn.anjian.personnel;

public enum PostStatus {
    ON_POST("在执法岗位"), OFF_POST("不在执法岗位");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
